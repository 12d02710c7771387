package io.sanshen.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.build.BuildOptions;
import io.sanshen.build.SiteBuild;
import io.sanshen.testkit.HeadlessChromium;
import io.sanshen.testkit.StaticHttpServer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The demo portal as a visitor's browser sees it: each kind of page (home, column list, article, search, 404) loads in
 * headless Chromium from a real HTTP server, and axe-core finds no serious or critical accessibility violation.
 */
class PortalAccessibilityTest {
    static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    static Path out;
    static StaticHttpServer site;
    static HeadlessChromium browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path publicDir = out.resolve("public");
        new SiteBuild(new BuildOptions(REPO, publicDir, false, false, LocalDate.of(2026, 11, 23), false)).run();
        site = StaticHttpServer.serve(publicDir);
        browser = HeadlessChromium.start();
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

    @ParameterizedTest
    @ValueSource(strings = {"/", "/news/", "/news/2026-04-21-q1-economy.html", "/search.html", "/no-such-page.html"})
    void pageHasNoSeriousAccessibilityViolation(String path) {
        browser.open(site.url(path));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        List<String> violations = browser.seriousAccessibilityViolations();
        assertThat(violations).as(path).isEmpty();
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
