package io.sanshen.desk;

import io.sanshen.diag.Text;
import io.sanshen.serve.HttpRequest;
import io.sanshen.serve.Refusal;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The one session of a desk: a random token, handed to the browser in the start address and kept in an HttpOnly,
 * SameSite=Strict cookie. Every page needs the cookie (another local user or a page of another site cannot read the
 * queue), and every form must also come from the desk's own origin and carry the token (no cross-site request can
 * sign an approval).
 */
final class DeskSession {
    private final String token;
    private final String cookieName;
    private final String origin;

    DeskSession(int port) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random);
        this.cookieName = "sanshen_desk_" + port;
        this.origin = "http://127.0.0.1:" + port;
    }

    String token() {
        return token;
    }

    String startPath() {
        return "/start?t=" + token;
    }

    String cookie() {
        return cookieName + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    }

    boolean opens(String query) {
        return same(FormBody.parse(query).get("t"), token);
    }

    /** Refuses a request without the session cookie. */
    void checkCookie(HttpRequest r) throws Refusal {
        String cookies = r.header("cookie").orElse("");
        for (String c : cookies.split(";")) {
            String[] kv = c.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals(cookieName) && same(kv[1], token)) {
                return;
            }
        }
        throw new Refusal(403, Text.of("请用 sanshen desk 启动时显示的地址打开审核台。",
                "Open the desk with the address sanshen desk printed when it started."));
    }

    /** Refuses a form from another origin or without this session's token. */
    void checkForm(HttpRequest r, FormBody form) throws Refusal {
        String from = r.header("origin").orElse("");
        if (!from.equals(origin) && !from.equals(origin.replace("127.0.0.1", "localhost"))) {
            throw new Refusal(403, Text.of("拒绝：表单不是从本审核台页面提交的（Origin：" + from + "）。",
                    "Refused: the form was not sent from this desk's pages (Origin: " + from + ")."));
        }
        if (!same(form.get("csrf"), token)) {
            throw new Refusal(403, Text.of("拒绝：表单缺少本次会话的令牌，请刷新页面后重试。",
                    "Refused: the form lacks this session's token; reload the page and try again."));
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
