package io.sanshen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.StaticHttpServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The demo portal as a visitor's browser sees it: each kind of page (home, column list, article, search, 404) loads in
 * headless Chromium from a real HTTP server, and axe-core finds no serious or critical accessibility violation.
 */
class PortalAccessibilityTest extends OnServedDemo {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/news/", "/news/2026-04-21-q1-economy.html", "/search.html", "/no-such-page.html",
            "/sitemap.html", "/policies/2025-11-14-business-environment-opinions.html", "/xxgk/",
            "/xxgk/ysqgk/2026-01-12-application-guide.html", "/xxgk/gknb/2026-01-28-annual-report-2025.html"})
    void pageHasNoSeriousAccessibilityViolation(String path) {
        browser.open(site.url(path));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        List<String> violations = browser.seriousAccessibilityViolations();
        assertThat(violations).as(path).isEmpty();
    }

    /** 长者模式 turns on larger text and wider spacing, stays on on the next page (localStorage), and reset ends it. */
    @org.junit.jupiter.api.Test
    void elderModeIsKeptAcrossPagesWithoutAServer() {
        browser.open(site.url("/"));
        double base = fontSize();
        browser.driver().findElement(By.cssSelector("[data-a11y=elder]")).click();
        assertThat(fontSize()).isEqualTo(base * 1.25, org.assertj.core.api.Assertions.within(0.5));
        browser.open(site.url("/news/"));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("class")).contains("a11y-large", "a11y-spacing");
        assertThat(browser.driver().findElement(By.cssSelector("[data-a11y=elder]")).getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.driver().findElement(By.cssSelector("[data-a11y=contrast]")).click();
        assertThat(browser.seriousAccessibilityViolations()).as("high contrast").isEmpty();
        browser.driver().findElement(By.cssSelector("[data-a11y=reset]")).click();
        assertThat(fontSize()).isEqualTo(base, org.assertj.core.api.Assertions.within(0.5));
    }

    /** The 落款 of a 公文 (organ and date) stands to the right, as GB/T 9704 lays it out. */
    @org.junit.jupiter.api.Test
    void signoffOfAnOfficialDocumentIsRightAligned() {
        browser.open(site.url("/policies/2025-11-14-business-environment-opinions.html"));
        var signoff = browser.driver().findElements(By.cssSelector(".article-body p.signoff"));
        assertThat(signoff).extracting(e -> e.getText()).containsExactly("示范区人民政府", "2025年11月10日");
        assertThat(signoff).allSatisfy(e -> assertThat(e.getCssValue("text-align")).isEqualTo("right"));
    }

    /** The 重要信息 badge stays a small label on one line, on a phone as on a desktop. */
    @org.junit.jupiter.api.Test
    void importantBadgeIsNotStretched() {
        var window = browser.driver().manage().window();
        try {
            for (int width : new int[] {1280, 375}) {
                window.setSize(new org.openqa.selenium.Dimension(width, 900));
                browser.open(site.url("/"));
                var badges = browser.driver().findElements(By.cssSelector(".badge"));
                assertThat(badges).as("width " + width).isNotEmpty()
                        .allSatisfy(e -> assertThat(e.getSize().getHeight()).as("width " + width).isLessThan(30));
            }
        } finally {
            window.setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    private double fontSize() {
        Object px = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return parseFloat(getComputedStyle(document.documentElement).fontSize)");
        return ((Number) px).doubleValue();
    }

    /** The gate itself can fail: a page with an unlabelled image and form field is refused. */
    @org.junit.jupiter.api.Test
    void gateCatchesAnInaccessiblePage() throws Exception {
        Path bad = out.resolve("bad");
        java.nio.file.Files.createDirectories(bad);
        java.nio.file.Files.writeString(bad.resolve("index.html"), "<!doctype html><html lang=\"zh-CN\"><head><title>坏页</title>"
                + "</head><body><main><img src=\"x.png\"><input type=\"text\"></main></body></html>");
        try (StaticHttpServer badSite = StaticHttpServer.serve(bad)) {
            browser.open(badSite.url("/"));
            assertThat(browser.seriousAccessibilityViolations()).anyMatch(v -> v.startsWith("image-alt"))
                    .anyMatch(v -> v.startsWith("label"));
        }
    }
}
