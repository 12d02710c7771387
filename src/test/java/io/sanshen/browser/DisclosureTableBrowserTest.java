package io.sanshen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The demo portal's 政府信息公开 table in a real browser, from a publishing build of this repository (its own signed
 * demo approvals): the filters search every row of the column, not only the page shown; a filtered view can be
 * linked; clearing brings the paginated table back; axe finds no serious or critical violation; on a phone the
 * table scrolls inside its region with the hint, and the page itself does not scroll sideways.
 */
class DisclosureTableBrowserTest extends OnServedDemo {
    /** The demo's 政府信息公开 items dated 2025: all on the second page of /xxgk/ (20 items a page, newest first). */
    static final List<String> ITEMS_OF_2025 = List.of("示范区人民政府关于王卓然等同志职务任免的通知",
            "示范区2024年区级决算公开", "示范区人民政府2024年政府信息公开工作年度报告");

    @AfterEach
    void desktopWindow() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void filtersByYearAndKeywordOverTheWholeColumnAndClearBackToThePage() throws Exception {
        browser.open(site.url("/xxgk/"));
        WebElement form = browser.driver().findElement(By.id("xxgk-filter"));
        assertThat(form.isDisplayed()).as("the script shows the form").isTrue();
        List<String> firstPage = titles();
        assertThat(firstPage).hasSize(20).doesNotContainAnyElementsOf(ITEMS_OF_2025);

        new Select(browser.driver().findElement(By.id("xxgk-year"))).selectByVisibleText("2025");
        assertThat(titles()).containsExactlyElementsOf(ITEMS_OF_2025);
        assertThat(dates()).allSatisfy(d -> assertThat(d).startsWith("2025-"));
        assertThat(browser.driver().findElement(By.cssSelector(".pager")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("xxgk-status")).getText()).isEqualTo("共 3 条");
        // the filtered rows link to their pages like the rendered ones
        String href = browser.driver().findElement(By.linkText("示范区2024年区级决算公开")).getAttribute("href");
        assertThat(href).isEqualTo(site.url("/xxgk/czzj/2025-07-30-final-accounts-2024.html"));

        WebElement keyword = browser.driver().findElement(By.id("xxgk-q"));
        keyword.sendKeys("决算");
        assertThat(titles()).containsExactly("示范区2024年区级决算公开");
        keyword.clear();
        keyword.sendKeys("ｚｚｚ不存在");
        assertThat(titles()).isEmpty();
        assertThat(browser.driver().findElement(By.id("xxgk-status")).getText()).isEqualTo("没有找到相关信息。");

        // 文号 and 索引号 are keywords too, in any year
        new Select(browser.driver().findElement(By.id("xxgk-year"))).selectByVisibleText("全部");
        keyword.clear();
        keyword.sendKeys("示政办发〔2026〕5号");
        assertThat(titles()).containsExactly("区政府办公室关于印发《示范区政府信息公开申请办理规定》的通知");
        assertThat(browser.seriousAccessibilityViolations()).as("filtered").isEmpty();

        browser.driver().findElement(By.cssSelector("#xxgk-filter button[type=reset]")).click();
        // the form's reset event fires before the fields are cleared, so the script redraws the rows a moment later
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                .until(d -> titles().equals(firstPage));
        assertThat(browser.driver().findElement(By.cssSelector(".pager")).isDisplayed()).isTrue();
        assertThat(browser.seriousAccessibilityViolations()).as("cleared").isEmpty();
    }

    @Test
    void aFilteredViewCanBeLinkedByTheTopicGenreAndPublisherToo() {
        browser.open(site.url("/xxgk/?year=2026&genre=%E5%B9%B4%E6%8A%A5"));
        assertThat(titles()).containsExactly("示范区人民政府2025年政府信息公开工作年度报告");
        assertThat(new Select(browser.driver().findElement(By.id("xxgk-genre"))).getFirstSelectedOption().getText())
                .isEqualTo("年报");
        browser.open(site.url("/xxgk/fdzdgknr/?publisher=%E5%8C%BA%E8%B4%A2%E6%94%BF%E5%B1%80"));
        assertThat(titles()).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain("年度报告"));
        assertThat(browser.driver().findElements(By.cssSelector("#xxgk-table tbody td:nth-child(4)")))
                .extracting(WebElement::getText).containsOnly("区财政局");
    }

    @Test
    void onAPhoneTheTableScrollsInItsRegionWithTheHint() throws Exception {
        browser.driver().manage().window().setSize(new Dimension(375, 800));
        browser.open(site.url("/xxgk/fdzdgknr/"));
        WebElement box = browser.driver().findElement(By.cssSelector(".table-scroll"));
        assertThat(box.getAttribute("class")).contains("is-wide");
        assertThat(browser.driver().findElement(By.cssSelector(".table-scroll + .table-hint")).isDisplayed()).isTrue();
        Number pageOverflow = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(pageOverflow.intValue()).as("the page itself does not scroll sideways").isLessThanOrEqualTo(0);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        String dir = System.getProperty("sanshen.screenshots");
        if (dir != null) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("document.querySelector('.table-scroll').scrollIntoView()");
            browser.screenshot(Path.of(dir, "xxgk-table-phone.png"));
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.open(site.url("/xxgk/?year=2026&q=%E9%A2%84%E7%AE%97"));
            js.executeScript("document.querySelector('h1').scrollIntoView()");
            browser.screenshot(Path.of(dir, "xxgk-table.png"));
        }
    }

    /** Read in one script call: the filter replaces the rows, so elements found one by one can go stale. */
    @SuppressWarnings("unchecked")
    private static List<String> titles() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("return Array.from("
                + "document.querySelectorAll('#xxgk-table tbody td:nth-child(2) a'), a => a.textContent.trim())");
    }

    private static List<String> dates() {
        return browser.driver().findElements(By.cssSelector("#xxgk-table tbody time")).stream()
                .map(WebElement::getText).toList();
    }
}
