package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleSites.item;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.sanshen.check.CheckContext;
import io.sanshen.diag.Finding;
import io.sanshen.testkit.SiteFiles;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The external link check as a polite crawler, against a real HTTP server on loopback that records every request
 * (path, User-Agent, the moment it arrived): robots.txt read once, its Disallow for Sanshen respected, requests to
 * the host spaced by the configured delay.
 */
class PoliteCrawlerTest {
    static final int DELAY_MS = 300;
    /** Arrival times are taken on the server: the second request may be handled a little sooner than the first. */
    static final int JITTER_MS = 20;

    @TempDir
    Path dir;
    HttpServer server;
    String base;
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", ex -> {
            arrivals.add(System.nanoTime());
            String p = ex.getRequestURI().getPath();
            seen.add(ex.getRequestMethod() + " " + p + " " + ex.getRequestHeaders().getFirst("User-Agent"));
            if (p.equals("/robots.txt")) {
                byte[] robots = """
                        User-agent: *
                        Disallow: /

                        User-agent: Sanshen
                        Disallow: /private
                        Allow: /private/open
                        """.getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, robots.length);
                ex.getResponseBody().write(robots);
            } else {
                ex.sendResponseHeaders(p.equals("/missing") || p.startsWith("/private") ? 404 : 200, -1);
            }
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private List<Finding> run() throws Exception {
        SiteFiles.write(dir, SiteFiles.CONFIG + "checks:\n  external-delay-ms: " + DELAY_MS + "\n"
                + item("content/news/a.md", "甲", "[一](" + base + "/a) [二](" + base + "/b) [缺](" + base + "/missing)\n\n"
                + "[内](" + base + "/private/secret) [开](" + base + "/private/open/page)"));
        CheckContext ctx = RuleSites.load(dir, true);
        return RuleSites.site(ctx, ExternalLinkRule.ID,
                c -> new ExternalLinkRule(c, Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC),
                        Duration.ofSeconds(5)));
    }

    @Test
    void robotsTxtIsReadOnceAndItsDisallowForSanshenIsRespected() throws Exception {
        List<Finding> f = run();
        assertThat(seen).filteredOn(s -> s.contains("/robots.txt")).hasSize(1);
        assertThat(seen).noneMatch(s -> s.contains("/private/secret"));
        assertThat(seen).anyMatch(s -> s.contains("/private/open/page"));
        assertThat(seen).allMatch(s -> s.contains("Sanshen"));
        // the disallowed link is neither fetched nor reported; the allowed ones that fail still are
        assertThat(f).extracting(x -> x.message().en().replace(base, "")).containsExactlyInAnyOrder(
                "External link /missing returns HTTP 404.", "External link /private/open/page returns HTTP 404.");
    }

    @Test
    void requestsToOneHostAreSpacedByTheConfiguredDelay() throws Exception {
        run();
        List<Long> times = new ArrayList<>(arrivals);
        Collections.sort(times);
        assertThat(times).hasSizeGreaterThanOrEqualTo(5);
        for (int i = 1; i < times.size(); i++) {
            assertThat((times.get(i) - times.get(i - 1)) / 1_000_000).as("gap before request %d of %s", i, seen)
                    .isGreaterThanOrEqualTo(DELAY_MS - JITTER_MS);
        }
    }
}
