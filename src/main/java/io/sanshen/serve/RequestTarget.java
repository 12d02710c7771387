package io.sanshen.serve;

import io.sanshen.diag.Text;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the request target into a path under the site root, strictly: percent escapes must be complete, the bytes
 * valid UTF-8, and the decoded path free of control characters, backslashes and {@code ..} segments. Browsers never
 * send any of those, so a request that does is refused rather than guessed at.
 */
final class RequestTarget {
    private RequestTarget() {
    }

    static String path(String target) throws Refusal {
        if (!target.startsWith("/")) {
            throw bad("请求地址必须以“/”开头。", "The request target must start with '/'.");
        }
        int query = indexOfAny(target, '?', '#');
        String raw = query < 0 ? target : target.substring(0, query);
        String path = utf8(percentDecoded(raw));
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                throw bad("请求地址含有控制字符或反斜杠。", "The request target holds a control character or a backslash.");
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                throw bad("请求地址含有“..”，不能跳出站点目录。", "The request target holds '..'; it may not leave the site folder.");
            }
        }
        return path;
    }

    private static byte[] percentDecoded(String raw) throws Refusal {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (lo < 0) {
                    throw bad("请求地址中的百分号编码不完整。", "The request target holds an incomplete percent escape.");
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c); // the request line is read as ISO-8859-1: one char per byte
            }
        }
        return out.toByteArray();
    }

    private static String utf8(byte[] bytes) throws Refusal {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw bad("请求地址不是有效的 UTF-8 编码。", "The request target is not valid UTF-8.");
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }

    private static Refusal bad(String zh, String en) {
        return Refusal.badRequest(Text.of(zh, en));
    }
}
