package io.sanshen.serve;

import io.sanshen.diag.Text;
import java.util.List;
import java.util.Locale;

/**
 * The Host header a browser sends when it really talks to the preview. Anything else means a page on another
 * origin reached the loopback port (DNS rebinding), so the preview answers 421 and serves none of its drafts.
 */
final class LoopbackHosts {
    private static final List<String> NAMES = List.of("127.0.0.1", "localhost", "[::1]");

    private LoopbackHosts() {
    }

    static void check(List<String> hosts, int port) throws Refusal {
        if (hosts.isEmpty()) {
            throw Refusal.badRequest(Text.of("请求缺少 Host 头。", "The request has no Host header."));
        }
        if (hosts.size() > 1) {
            throw Refusal.badRequest(Text.of("请求带有多个 Host 头。", "The request has more than one Host header."));
        }
        if (!accepts(hosts.get(0), port)) {
            throw new Refusal(421, Text.of("本预览只回应发往本机的请求，请用 http://127.0.0.1:" + port + "/ 打开。",
                    "This preview only answers requests addressed to this machine; open http://127.0.0.1:" + port + "/."));
        }
    }

    static boolean accepts(String host, int port) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        for (String name : NAMES) {
            if (h.equals(name) || h.equals(name + ":" + port)) {
                return true;
            }
        }
        return false;
    }
}
