package io.sanshen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Lang;
import io.sanshen.testkit.SiteFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {
    @TempDir
    Path site;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long version(URI base) throws Exception {
        return Long.parseLong(get(base, "__sanshen/version").body());
    }

    private void awaitBody(URI base, String path, String text) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!get(base, path).body().contains(text) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
    }

    private void awaitRebuild(URI base, long before) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (version(base) == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
    }

    @Test
    void aSavedItemIsParsedAndCheckedAloneAndTheOtherPagesAreKept() throws Exception {
        String item = "---\ntitle: %s\ndate: 2026-05-0%d\npublisher: 区政府办公室\nsource: 区政府办公室\n---\n%s\n";
        SiteFiles.write(site, SiteFiles.CONFIG);
        copyTemplates();
        Files.createDirectories(site.resolve("content/news"));
        Files.createDirectories(site.resolve("content/notices"));
        Files.writeString(site.resolve("content/news/a.md"), item.formatted("甲", 1, "正文。"));
        Files.writeString(site.resolve("content/news/b.md"), item.formatted("乙", 2, "见[甲](a.md)。"));
        Files.writeString(site.resolve("content/notices/c.md"), item.formatted("丙", 3, "正文。"));
        StringWriter log = new StringWriter();
        try (PreviewServer server = new PreviewServer(site, 0, Lang.ZH, new PrintWriter(log, true), 3_600_000)) {
            URI base = server.start();
            String other = get(base, "notices/c.html").body();
            io.sanshen.build.BuildCaches.Work before = server.caches().work();

            long v = version(base);
            Files.writeString(site.resolve("content/news/a.md"), item.formatted("甲", 1, "改过的正文。"));
            awaitRebuild(base, v);
            awaitBody(base, "news/a.html", "改过的正文");
            io.sanshen.build.BuildCaches.Work after = server.caches().work();
            assertThat(after.parses() - before.parses()).as(log.toString()).isEqualTo(1);
            // a's own, dated and link rules: b's link to a is judged by a's title and headings, which are the same
            assertThat(after.checks() - before.checks()).isEqualTo(3);
            assertThat(get(base, "notices/c.html").body()).isEqualTo(other);
        }
    }

    @Test
    void servesDraftsWatermarkedOnLoopbackAndRebuildsOnChange() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG + """
                -- content/news/a.md --
                ---
                title: 草稿稿件
                date: 2026-05-01
                publisher: 区政府办公室
                source: 区政府办公室
                draft: true
                ---
                正文内容。
                """);
        copyTemplates();
        StringWriter log = new StringWriter();
        try (PreviewServer server = new PreviewServer(site, 0, Lang.ZH, new PrintWriter(log, true))) {
            URI base = server.start();
            assertThat(base.getHost()).isEqualTo("127.0.0.1");
            HttpResponse<String> page = get(base, "news/a.html");
            assertThat(page.statusCode()).as(log.toString()).isEqualTo(200);
            assertThat(Jsoup.parse(page.body()).select(".preview-banner").text()).isEqualTo("预览·未审核");
            assertThat(page.body()).contains("<meta name=\"sanshen-build\" content=\"preview\">");
            assertThat(Jsoup.parse(page.body()).select("script[src]").eachAttr("src")).contains("../__sanshen/reload.js");
            assertThat(get(base, "__sanshen/reload.js").body()).contains("location.reload()");
            assertThat(get(base, "nosuch.html").statusCode()).isEqualTo(404);

            long before = version(base);
            Files.writeString(site.resolve("content/news/b.md"),
                    "---\ntitle: 新稿件\ndate: 2026-05-02\npublisher: 区政府办公室\nsource: 区政府办公室\n---\n正文。\n");
            awaitRebuild(base, before);
            awaitBody(base, "news/b.html", "新稿件");
            assertThat(get(base, "news/b.html").statusCode()).isEqualTo(200);

            long v2 = version(base);
            Files.writeString(site.resolve("content/news/c.md"), "---\ntitle: [坏\n---\n");
            awaitRebuild(base, v2);
            // a file event may start a rebuild while the file is still being written; the next event rebuilds again
            awaitBody(base, "news/c.html", "yaml.syntax");
            // one broken item is left out; the others are still previewed, and its page shows why it is missing
            assertThat(get(base, "news/a.html").statusCode()).isEqualTo(200);
            HttpResponse<String> broken = get(base, "news/c.html");
            assertThat(broken.statusCode()).isEqualTo(404);
            assertThat(broken.body()).contains("content/news/c.md:3:1", "yaml.syntax");

            long v3 = version(base);
            Files.writeString(site.resolve("site-config.yml"), "site: [坏\n");
            awaitRebuild(base, v3);
            awaitBody(base, "news/a.html", "site-config.yml");
            HttpResponse<String> failed = get(base, "news/a.html");
            assertThat(failed.statusCode()).isEqualTo(500);
            assertThat(failed.body()).contains("site-config.yml");
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void pushesTheNewVersionOverServerSentEventsAfterASave() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG + """
                -- content/news/a.md --
                ---
                title: 稿件
                date: 2026-05-01
                publisher: 区政府办公室
                source: 区政府办公室
                ---
                正文内容。
                """);
        copyTemplates();
        StringWriter log = new StringWriter();
        // no poll within the test's time: only a file event can start the rebuild
        try (PreviewServer server = new PreviewServer(site, 0, Lang.ZH, new PrintWriter(log, true), 3_600_000)) {
            URI base = server.start();
            HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(base.resolve("__sanshen/events"))
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("text/event-stream"));
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(stream.body(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                assertThat(lines.readLine()).isEqualTo("data: " + server.version());
                assertThat(lines.readLine()).isEmpty();
                Files.writeString(site.resolve("content/news/a.md"), Files.readString(site.resolve("content/news/a.md"))
                        .replace("正文内容。", "改过的正文。"));
                String event = lines.readLine();
                assertThat(event).as(log.toString()).isEqualTo("data: " + server.version());
                assertThat(get(base, "news/a.html").body()).contains("改过的正文。");
            }
            // the stream keeps the Host check of every other request (no DNS rebinding onto a draft's edits)
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", base.getPort())) {
                s.getOutputStream().write("GET /__sanshen/events HTTP/1.1\r\nHost: attacker.example\r\n\r\n"
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                String status = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                        java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                assertThat(status).startsWith("HTTP/1.1 421");
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aSaveTheTreeSummaryCannotSeeIsPreviewedAllTheSame() throws Exception {
        String item = "---\ntitle: 稿件\ndate: 2026-05-01\npublisher: 区政府办公室\nsource: 区政府办公室\n---\n%s\n";
        SiteFiles.write(site, SiteFiles.CONFIG);
        copyTemplates();
        Path a = Files.createDirectories(site.resolve("content/news")).resolve("a.md");
        Files.writeString(a, item.formatted("甲稿正文。"));
        StringWriter log = new StringWriter();
        // no poll within the test's time: only a file event can start the rebuild
        try (PreviewServer server = new PreviewServer(site, 0, Lang.ZH, new PrintWriter(log, true), 3_600_000)) {
            URI base = server.start();
            java.nio.file.attribute.FileTime saved = Files.getLastModifiedTime(a);
            long v = version(base);
            // same size, same time (a tool that keeps times, or two saves within one tick of the clock): the event
            // says the file changed, though its name, size and time do not
            Files.writeString(a, item.formatted("乙稿正文。"));
            Files.setLastModifiedTime(a, saved);
            awaitRebuild(base, v);
            awaitBody(base, "news/a.html", "乙稿正文");
            assertThat(get(base, "news/a.html").body()).as(log.toString()).contains("乙稿正文");
        }
    }

    private void copyTemplates() throws Exception {
        Path from = Path.of("templates").toAbsolutePath();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path to = site.resolve("templates").resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
    }
}
