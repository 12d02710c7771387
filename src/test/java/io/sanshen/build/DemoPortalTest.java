package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.check.CheckContext;
import io.sanshen.check.CheckEngine;
import io.sanshen.check.CheckReport;
import io.sanshen.check.RuleRegistry;
import io.sanshen.config.ConfigLoader;
import io.sanshen.content.ContentLoader;
import io.sanshen.content.WorkTreeSource;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled demo portal (this repository's own content and approval history) builds through the review gate with
 * every item approved, checks clean, and has no broken local link.
 */
class DemoPortalTest {
    static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path out;

    @Test
    void demoChecksCleanAboveInfo() throws Exception {
        var config = ConfigLoader.load(REPO).config().orElseThrow();
        ContentLoader.Result loaded = new ContentLoader(config).load(new WorkTreeSource(REPO));
        assertThat(loaded.findings()).isEmpty();
        assertThat(loaded.content().items()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(loaded.content().items().stream().map(i -> i.column().id()).distinct().count()).isGreaterThanOrEqualTo(6);
        CheckReport report = new CheckEngine(RuleRegistry.standard())
                .run(new CheckContext(loaded.content(), REPO, LocalDate.of(2026, 11, 23), false));
        assertThat(report.findings()).filteredOn(f -> f.severity() != Severity.INFO)
                .extracting(Finding::toString).isEmpty();
    }

    @Test
    void everyLocalLinkAndImageOfTheBuiltDemoResolves() throws Exception {
        Path site = out.resolve("public");
        // A real publishing build: the repository's own history carries the demo approvals (demo/approve-all.sh).
        BuildReport report = new SiteBuild(new BuildOptions(REPO, site, false, false, LocalDate.of(2026, 11, 23), false)).run();
        assertThat(report.excluded()).extracting(Exclusion::path).isEmpty();
        assertThat(report.items()).isGreaterThanOrEqualTo(40);
        List<String> broken = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                pages++;
                Document d = Jsoup.parse(Files.readString(page));
                for (Element e : d.select("a[href], link[href], img[src], script[src]")) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (!resolves(site, page, url)) {
                        broken.add(site.relativize(page) + " -> " + url);
                    }
                }
                if (!page.getFileName().toString().equals("404.html")) {
                    assertThat(d.select("html").attr("lang")).isEqualTo("zh-CN");
                    assertThat(d.select("main#main")).hasSize(1);
                    assertThat(d.select("img").eachAttr("alt")).as(page.toString()).doesNotContainNull();
                }
            }
        }
        assertThat(pages).isGreaterThan(60);
        assertThat(broken).isEmpty();
        assertThat(Files.readString(site.resolve("search-index.js"))).contains("政府网站");
    }

    /** Relative URLs must name an existing file; absolute and special ones are out of scope here. */
    static boolean resolves(Path site, Path page, String url) {
        if (url.isEmpty() || url.startsWith("#") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
            return true;
        }
        if (url.startsWith("/")) {
            return page.getFileName().toString().equals("404.html")
                    && Files.exists(site.resolve(url.substring(1).replaceAll("[?#].*$", "")));
        }
        String path = URLDecoder.decode(url.replaceAll("[?#].*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        Path target = page.getParent().resolve(path).normalize();
        return target.startsWith(site) && Files.isRegularFile(target);
    }
}
