package io.sanshen.check.rules;

import static io.sanshen.check.rules.RuleHarness.ItemText.item;
import static io.sanshen.check.rules.RuleHarness.where;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.sanshen.check.CheckContext;
import io.sanshen.diag.Finding;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReprintRuleTest {
    @TempDir
    Path dir;

    private List<Finding> check(RuleHarness.ItemText item) throws Exception {
        return RuleHarness.run(dir, ReprintRule::new, item.toString());
    }

    private static RuleHarness.ItemText reprint(String yaml) {
        return item().extra("reprint:\n" + yaml.indent(2));
    }

    @Test
    void acceptsCompleteReprintFromAnAllowedSubdomain() throws Exception {
        assertThat(check(reprint("site: 中国政府网\nurl: https://www.gov.cn/a.htm\ndate: 2026-05-21"))).isEmpty();
    }

    @Test
    void blocksEachMissingPartAtTheReprintField() throws Exception {
        assertThat(where(check(reprint("url: https://www.gov.cn/a.htm")))).containsExactly(
                "13:3 blocker reprint.source", "13:3 blocker reprint.source");
        assertThat(check(reprint("site: 中国政府网\ndate: 2026-05-21"))).singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("url"));
    }

    @Test
    void blocksSourcesNotOnTheAllowedListIncludingLookAlikeHosts() throws Exception {
        assertThat(check(reprint("site: 某网\nurl: https://gov.cn.example.com/a\ndate: 2026-05-21"))).singleElement()
                .satisfies(f -> assertThat(f.message().zh()).contains("gov.cn.example.com"));
        assertThat(check(reprint("site: 某网\nurl: www.gov.cn/a\ndate: 2026-05-21"))).singleElement()
                .satisfies(f -> assertThat(f.message().zh()).contains("不是有效的网址"));
    }

    @Test
    void warnsWhenTheReprintDateLiesOutsideCreatedAndPublished() throws Exception {
        assertThat(where(check(reprint("site: 中国政府网\nurl: https://www.gov.cn/a\ndate: 2026-05-19"))))
                .containsExactly("13:3 warning reprint.source");
        assertThat(check(reprint("site: 中国政府网\nurl: https://www.gov.cn/a\ndate: 2026-05-23"))).singleElement()
                .satisfies(f -> assertThat(f.message().zh()).contains("晚于发布日期"));
    }

    @Test
    void comparesTitleWithTheSourcePageWhenExternal() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/same", ex -> respond(ex, "<html><head><meta charset=utf-8><title>区政府召开常务会议_中国政府网</title></head></html>"));
        server.createContext("/other", ex -> respond(ex, "<html><head><title>另一篇文章</title></head></html>"));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            io.sanshen.config.ChecksConfig checks = new io.sanshen.config.ChecksConfig(List.of("127.0.0.1"), List.of(),
                    List.of(), List.of(), 50, 60, "rules", java.util.Map.of(), '*', java.util.Map.of(),
                    io.sanshen.config.ChecksConfig.DEFAULT_INDEX_NO_PATTERN,
                    io.sanshen.config.ChecksConfig.DEFAULT_EXTERNAL_DELAY_MS);
            ReprintRule rule = new ReprintRule(checks, Optional.of(new SourcePageTitles()));
            CheckContext same = RuleHarness.context(dir, reprint("site: 测试\nurl: " + base + "/same\ndate: 2026-05-21").toString(), true);
            assertThat(RuleHarness.run(same, rule)).isEmpty();
            CheckContext other = RuleHarness.context(dir, reprint("site: 测试\nurl: " + base + "/other\ndate: 2026-05-21").toString(), true);
            assertThat(RuleHarness.run(other, rule)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(io.sanshen.diag.Severity.WARNING);
                assertThat(f.message().zh()).contains("另一篇文章");
            });
            CheckContext missing = RuleHarness.context(dir, reprint("site: 测试\nurl: " + base + "/gone\ndate: 2026-05-21").toString(), true);
            assertThat(RuleHarness.run(missing, rule)).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(io.sanshen.diag.Severity.INFO));
        } finally {
            server.stop(0);
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange ex, String html) throws java.io.IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
