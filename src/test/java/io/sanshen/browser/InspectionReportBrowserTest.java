package io.sanshen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Lang;
import io.sanshen.inspect.Inspection;
import io.sanshen.inspect.InspectionHtml;
import io.sanshen.inspect.Inspector;
import io.sanshen.review.ReviewEngine;
import io.sanshen.testkit.HeadlessChromium;
import io.sanshen.testkit.StaticHttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The inspection report of the demo portal (judged on 2026-12-20, so the single-veto box shows) in headless Chromium:
 * axe-core finds no serious or critical violation, in Chinese and English, and the charts are drawn. With
 * {@code -Dsanshen.screenshots=DIR} it also saves the README's screenshots there.
 */
class InspectionReportBrowserTest {
    static final Path REPO = Path.of("").toAbsolutePath();
    static final LocalDate DAY = LocalDate.of(2026, 12, 20);

    @TempDir
    static Path out;
    static StaticHttpServer site;
    static HeadlessChromium browser;

    @BeforeAll
    static void inspectAndServe() throws Exception {
        try (Repository repo = new FileRepositoryBuilder().setWorkTree(REPO.toFile()).setMustExist(true).readEnvironment().build()) {
            Inspection in = new Inspector(repo, new Inspector.Options(DAY, Inspector.DEFAULT_LEAD_DAYS, false, REPO))
                    .run(new ReviewEngine(repo, new ReviewEngine.Options(Optional.empty(), Optional.empty(), DAY)).runWithLog())
                    .orElseThrow();
            Files.writeString(out.resolve("report.html"), InspectionHtml.render(in, Lang.ZH), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("report-en.html"), InspectionHtml.render(in, Lang.EN), StandardCharsets.UTF_8);
        }
        site = StaticHttpServer.serve(out);
        browser = HeadlessChromium.start(1000, 1300);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void reportHasNoSeriousAccessibilityViolationInEitherLanguage() {
        for (String page : new String[] {"/report.html", "/report-en.html"}) {
            browser.open(site.url(page));
            assertThat(browser.seriousAccessibilityViolations()).as(page).isEmpty();
        }
    }

    @Test
    void vetoBoxComesFirstAndChartsAreDrawn() throws Exception {
        browser.open(site.url("/report.html"));
        assertThat(browser.driver().findElement(By.cssSelector("main > section")).getAttribute("class")).isEqualTo("veto");
        Number width = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.querySelector('svg.chart').getBoundingClientRect().width");
        assertThat(width.doubleValue()).isGreaterThan(300);
        String dir = System.getProperty("sanshen.screenshots");
        if (dir != null) {
            browser.screenshot(Path.of(dir, "inspect-report.png"));
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.querySelectorAll('h2')[3].scrollIntoView()");
            browser.screenshot(Path.of(dir, "inspect-report-review.png"));
        }
    }
}
