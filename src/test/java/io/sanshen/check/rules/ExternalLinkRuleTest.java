package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleSites.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.sanshen.check.CheckContext;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.testkit.SiteFiles;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExternalLinkRuleTest {
    @TempDir
    Path dir;
    HttpServer server;
    String base;
    final AtomicInteger requests = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            String p = ex.getRequestURI().getPath();
            int status = 200;
            if (p.equals("/missing")) {
                status = 404;
            } else if (p.equals("/moved")) {
                ex.getResponseHeaders().add("Location", "/ok");
                status = 301;
            } else if (p.equals("/away")) {
                ex.getResponseHeaders().add("Location", "http://localhost:" + server.getAddress().getPort() + "/ok");
                status = 302;
            } else if (p.equals("/nohead") && ex.getRequestMethod().equals("HEAD")) {
                status = 405;
            } else if (p.equals("/slow")) {
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private List<Finding> run(Instant now, boolean external) throws Exception {
        SiteFiles.write(dir, SiteFiles.CONFIG + item("content/news/a.md", "甲",
                "[好](" + base + "/ok) [无](" + base + "/missing) [迁](" + base + "/moved)\n\n"
                        + "[别处](" + base + "/away) [慢](" + base + "/slow) [仅GET](" + base + "/nohead) [好2](" + base + "/ok)"));
        CheckContext ctx = RuleSites.load(dir, external);
        return RuleSites.site(ctx, ExternalLinkRule.ID,
                c -> new ExternalLinkRule(c, Clock.fixed(now, ZoneOffset.UTC), Duration.ofMillis(700), Duration.ZERO));
    }

    @Test
    void reportsBrokenSlowAndCrossHostLinksAndCachesResultsForADay() throws Exception {
        Instant now = Instant.parse("2026-11-20T08:00:00Z");
        List<Finding> f = run(now, true);
        assertThat(f).extracting(x -> x.severity() + " " + x.message().en().replace(base, ""))
                .containsExactly(
                        "BLOCKER External link /missing returns HTTP 404.",
                        "WARNING External link /away redirects to another site, http://localhost:"
                                + server.getAddress().getPort() + "/ok.",
                        "BLOCKER External link /slow timed out.");
        assertThat(f.get(0).pos().toString()).isEqualTo("content/news/a.md:6:" + (("[好](" + base + "/ok) ").length() + 1));
        assertThat(new String(Files.readAllBytes(dir.resolve(LinkCache.FILE)), java.nio.charset.StandardCharsets.UTF_8)).contains(base + "/missing\t404\t2026-11-20T08:00:00Z");
        int first = requests.get();
        assertThat(run(now.plus(Duration.ofHours(23)), true)).hasSize(3);
        assertThat(requests.get()).isEqualTo(first);
        run(now.plus(Duration.ofHours(25)), true);
        assertThat(requests.get()).isGreaterThan(first);
    }

    @Test
    void fetchesNothingWithoutExternal() throws Exception {
        assertThat(run(Instant.now(), false)).isEmpty();
        assertThat(requests.get()).isZero();
        assertThat(dir.resolve(LinkCache.FILE)).doesNotExist();
    }
}
