package io.sanshen.desk;

import static io.sanshen.desk.DemoDesk.BLOCKED;
import static io.sanshen.desk.DemoDesk.EDITED;
import static io.sanshen.desk.DemoDesk.SELF;
import static io.sanshen.desk.DemoDesk.TO_REJECT;
import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.build.BuildOptions;
import io.sanshen.build.SiteBuild;
import io.sanshen.testkit.HeadlessChromium;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review desk in a real browser (headless Chromium) on a clone of the demo portal: 王晓明 (一审, 区政府办公室)
 * reads the diff of an edited item and approves it with his key file; 李红 (二审) then finds it in her queue; 张建国
 * (三审, attests 保密审查) completes it and a publishing build puts the new text online. A reject flow, the three
 * refusals (wrong level, self-approval, blocker) as the page shows them, and axe-core on every desk page.
 * Screenshots for the README are written only with {@code -Dsanshen.screenshots=docs/screenshots}.
 */
class DeskBrowserTest {
    @TempDir
    static Path tmp;
    static Path site;
    static DeskServer desk;
    static URI start;
    static HeadlessChromium browser;
    static final StringWriter log = new StringWriter();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @BeforeAll
    static void startDesk() throws Exception {
        site = DemoDesk.cloneWithEdits(tmp);
        browser = HeadlessChromium.start();
        long t0 = System.nanoTime();
        desk = new DeskServer(site, 0, Optional.of(key("office-1")), TODAY, new PrintWriter(log, true));
        start = desk.start();
        browser.open(start.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("desk timing: started and queue shown in " + ms + " ms");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (desk != null) {
            desk.close();
        }
    }

    static Path key(String name) {
        return site.resolve("demo/keys/" + name);
    }

    @Test
    void aReviewerReadsTheDiffApprovesAndTheNextLevelsCompleteItUntilTheBuildPublishesIt() throws Exception {
        browser.open(start.resolve("/").toString());
        assertThat(browser.driver().getTitle()).startsWith("我的待办（").contains("）");
        assertThat(cell(EDITED, 4)).isEqualTo("一审");
        assertAccessible("queue");
        screenshot("desk-queue.png");

        browser.driver().findElement(By.partialLinkText("区政府召开2025年政务公开工作推进会")).click();
        WebElement diff = browser.driver().findElement(By.cssSelector(".diff"));
        assertThat(diff.findElements(By.tagName("ins"))).extracting(WebElement::getText).containsExactly("1,298");
        assertThat(diff.findElements(By.tagName("del"))).extracting(WebElement::getText).containsExactly("1,286");
        assertThat(browser.driver().findElement(By.cssSelector("tr.changed")).getText()).contains("信息来源")
                .contains("区政府办公室政务公开科").contains("已修改");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("尚缺：一审");
        assertAccessible("item");
        screenshot("desk-item.png");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('diff-h').scrollIntoView()");
        screenshot("desk-diff.png");

        long t0 = System.nanoTime();
        click("approve:同意发布");
        long approveMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("desk timing: approval recorded and result shown " + approveMs + " ms after the click");
        assertThat(main()).contains("已记录").contains("尚缺：二审").contains("李红");
        assertAccessible("result");

        try (DeskServer second = new DeskServer(site, 0, Optional.of(key("office-2")), TODAY, new PrintWriter(new StringWriter()))) {
            browser.open(second.start().toString());
            assertThat(browser.driver().findElement(By.cssSelector("header .who")).getText()).isEqualTo("审核人：李红");
            assertThat(cell(EDITED, 4)).isEqualTo("二审");
            browser.driver().findElement(By.partialLinkText("区政府召开2025年政务公开工作推进会")).click();
            click("approve:同意发布");
            assertThat(main()).contains("已记录").contains("尚缺：三审");
        }
        browser.open(start.resolve("/item?path=" + EDITED.replace("/", "%2F")).toString());
        WebElement keyField = browser.driver().findElement(By.id("key"));
        keyField.clear();
        keyField.sendKeys(key("office-3").toString());
        assertThat(browser.driver().findElements(By.cssSelector("input[name=checks]:checked"))).hasSize(5);
        click("approve:同意发布");
        assertThat(main()).contains("已记录").contains("已审核完备");
        browser.driver().findElement(By.xpath("//form[@action='/push']/button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ExpectedConditions.titleContains("推送结果"));
        assertThat(main()).contains("已推送到 origin/");
        try (Git remote = Git.open(tmp.resolve("remote.git").toFile()); Git local = Git.open(site.toFile())) {
            String branch = local.getRepository().getBranch();
            assertThat(remote.getRepository().resolve(branch)).isEqualTo(local.getRepository().resolve("HEAD"));
        }

        Path out = tmp.resolve("public");
        new SiteBuild(new BuildOptions(site, out, false, false, TODAY, false)).run();
        assertThat(Files.readString(out.resolve("news/2025-06-18-zwgk-meeting.html"), StandardCharsets.UTF_8))
                .contains("主动公开政府信息1,298条").doesNotContain("1,286条");
        browser.open(start.resolve("/form?type=publication&path=" + EDITED.replace("/", "%2F")).toString());
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("发布审批表")
                .contains("王晓明").contains("李红").contains("张建国");
        assertAccessible("form");
    }

    @Test
    void aRejectionIsRecordedWithItsOpinion() throws Exception {
        openItem(TO_REJECT);
        browser.driver().findElement(By.id("opinion")).sendKeys("补充说明未经核实，请删除后重新报送");
        click("reject:");
        assertThat(main()).contains("已记录").contains("已退回修改");
        openItem(TO_REJECT);
        assertThat(browser.driver().findElement(By.id("hist-h")).findElement(By.xpath("following-sibling::table"))
                .getText()).contains("审核不通过").contains("补充说明未经核实");
    }

    @Test
    void refusalsAreShownWithTheCommandLinesWords() throws Exception {
        openItem(SELF);
        click("approve:同意发布");
        assertThat(main()).contains("拒绝").contains("作者不得审核自己的稿件");
        assertAccessible("refusal");

        openItem(BLOCKED);
        assertThat(main()).contains("检查发现").contains("11010519491231002X");
        click("approve:同意发布");
        assertThat(main()).contains("拒绝：稿件存在阻断性检查问题").contains("privacy");

        openItem(SELF);
        WebElement keyField = browser.driver().findElement(By.id("key"));
        keyField.clear();
        keyField.sendKeys(key("office-2").toString()); // 李红 holds 二审; the item waits for 一审
        click("approve:同意");
        assertThat(main()).contains("拒绝：" + SELF + "：李红 不是区政府办公室的网站信息员，不能做一审");
    }

    @Test
    void theDeskAnswersOnlyItsOwnSessionAndForms() throws Exception {
        String token = start.getQuery().substring(2);
        String host = "127.0.0.1:" + start.getPort();
        assertThat(raw("GET / HTTP/1.1\r\nHost: " + host + "\r\n\r\n")).startsWith("HTTP/1.1 403").doesNotContain("我的待办");
        assertThat(raw("GET /start?t=" + token + "x HTTP/1.1\r\nHost: " + host + "\r\n\r\n")).startsWith("HTTP/1.1 403")
                .doesNotContain("Set-Cookie");
        String opened = raw("GET /start?t=" + token + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
        String cookie = opened.lines().filter(l -> l.startsWith("Set-Cookie: ")).findFirst().orElseThrow()
                .substring("Set-Cookie: ".length()).split(";")[0];
        assertThat(raw("GET / HTTP/1.1\r\nHost: " + host + "\r\nCookie: " + cookie + "\r\n\r\n")).startsWith("HTTP/1.1 200")
                .contains("我的待办");
        assertThat(raw("GET / HTTP/1.1\r\nHost: desk.attacker.example\r\nCookie: " + cookie + "\r\n\r\n"))
                .startsWith("HTTP/1.1 421");
        assertThat(raw("GET /proposed/%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: " + host + "\r\nCookie: " + cookie
                + "\r\n\r\n")).startsWith("HTTP/1.1 400").doesNotContain("root:");

        String head = head();
        String form = "csrf=" + token + "&path=" + EDITED.replace("/", "%2F") + "&level=1&do=approve%3A%E5%90%8C%E6%84%8F"
                + "&key=" + key("office-1").toString().replace("/", "%2F") + "&passphrase=geheim-secret";
        assertThat(post(form, cookie, "http://desk.attacker.example", host)).startsWith("HTTP/1.1 403").contains("Origin");
        assertThat(post(form, cookie, "null", host)).startsWith("HTTP/1.1 403");
        assertThat(post(form.replace("csrf=" + token, "csrf=0"), cookie, "http://" + host, host)).startsWith("HTTP/1.1 403")
                .contains("令牌");
        assertThat(post(form, "sanshen_desk_" + start.getPort() + "=0", "http://" + host, host)).startsWith("HTTP/1.1 403");
        assertThat(head()).as("no refused form may write a record").isEqualTo(head);
        assertThat(log.toString()).doesNotContain("geheim-secret");
    }

    private static String post(String form, String cookie, String origin, String host) throws Exception {
        byte[] body = form.getBytes(StandardCharsets.US_ASCII);
        return raw("POST /decide HTTP/1.1\r\nHost: " + host + "\r\nCookie: " + cookie + "\r\nOrigin: " + origin
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n" + form);
    }

    private static String raw(String request) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), start.getPort())) {
            s.setSoTimeout(60_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String head() throws Exception {
        try (Git git = Git.open(site.toFile())) {
            return git.getRepository().resolve("HEAD").name();
        }
    }

    private static void openItem(String path) {
        browser.open(start.resolve("/item?path=" + path.replace("/", "%2F")).toString());
    }

    /** Clicks a decision button and waits for the result page (the POST signs and re-reviews before it answers). */
    private static void click(String decision) {
        browser.driver().findElement(By.cssSelector("button[value='" + decision + "']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ExpectedConditions.titleContains("审核结果"));
    }

    private static String main() {
        List<WebElement> main = browser.driver().findElements(By.tagName("main"));
        assertThat(main).as(browser.driver().getPageSource()).hasSize(1);
        return main.get(0).getText();
    }

    /** The text of column {@code n} (1-based) in the queue row of {@code path}. */
    private static String cell(String path, int n) {
        List<WebElement> rows = browser.driver().findElements(By.xpath("//tr[td[contains(., '" + path + "')]]"));
        assertThat(rows).as("queue row of " + path).hasSize(1);
        return rows.get(0).findElements(By.tagName("td")).get(n - 1).getText();
    }

    private static void assertAccessible(String page) {
        assertThat(browser.seriousAccessibilityViolations()).as(page).isEmpty();
    }

    private static void screenshot(String name) throws Exception {
        String dir = System.getProperty("sanshen.screenshots");
        if (dir != null) {
            Path png = browser.screenshot(DemoDesk.REPO.resolve(dir).resolve(name));
            Files.setPosixFilePermissions(png, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
