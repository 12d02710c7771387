package io.sanshen.serve;

import io.sanshen.diag.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads one HTTP/1.x request head within fixed bounds and decides whether the preview serves it: a well-formed
 * request line, a loopback Host, GET or HEAD, a clean target. Each refusal carries its status (400, 405, 414, 421).
 */
final class RequestReader {
    /** Longer request lines get 414; browsers keep URLs far shorter. */
    static final int MAX_REQUEST_LINE = 8 * 1024;
    static final int MAX_HEADERS = 100;
    /** All header lines together (a browser's cookies for localhost, shared by every local port, can be large). */
    static final int MAX_HEAD = 64 * 1024;
    /** Bodies of the forms a server may take (the desk's decisions are a few hundred bytes). */
    static final int MAX_BODY = 64 * 1024;
    private static final Pattern REQUEST_LINE = Pattern.compile("([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\\S+) HTTP/1\\.[01]");
    private static final Pattern HEADER = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\\x00-\\x08\\x0a-\\x1f\\x7f]*");

    private RequestReader() {
    }

    /** The request, or empty when the client closed the connection before sending one. */
    static Optional<HttpRequest> read(InputStream in, int port) throws IOException, Refusal {
        return read(in, port, false);
    }

    /** As {@link #read(InputStream, int)}; with {@code acceptPost} a POST with a bounded body is accepted too. */
    static Optional<HttpRequest> read(InputStream in, int port, boolean acceptPost) throws IOException, Refusal {
        String line = "";
        for (int blank = 0; line.isEmpty() && blank < 4; blank++) { // RFC 9112 2.2: ignore leading empty lines
            Optional<String> next = line(in, MAX_REQUEST_LINE, RequestReader::uriTooLong);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            line = next.get();
        }
        var m = REQUEST_LINE.matcher(line);
        if (!m.matches()) {
            throw Refusal.badRequest(Text.of("请求行格式不对。", "The request line is malformed."));
        }
        List<String> hosts = new ArrayList<>();
        Map<String, String> headers = headers(in, hosts);
        LoopbackHosts.check(hosts, port);
        String method = m.group(1);
        boolean post = acceptPost && method.equals("POST");
        if (!method.equals("GET") && !method.equals("HEAD") && !post) {
            throw new Refusal(405, Text.of("预览只接受 GET 和 HEAD 请求，不接受 " + method + "。",
                    "The preview accepts GET and HEAD only, not " + method + "."));
        }
        String target = m.group(2);
        int q = target.indexOf('?');
        String query = q < 0 ? "" : target.substring(q + 1).replaceFirst("#.*$", "");
        byte[] body = post ? body(in, headers.get("content-length")) : new byte[0];
        return Optional.of(new HttpRequest(method, RequestTarget.path(target), query, headers, body));
    }

    private static byte[] body(InputStream in, String length) throws IOException, Refusal {
        if (length == null || !length.strip().matches("[0-9]{1,9}")) {
            throw Refusal.badRequest(Text.of("POST 请求须带有效的 Content-Length。",
                    "A POST request needs a valid Content-Length."));
        }
        int n = Integer.parseInt(length.strip());
        if (n > MAX_BODY) {
            throw new Refusal(413, Text.of("请求内容过长。", "The request body is too large."));
        }
        byte[] body = in.readNBytes(n);
        if (body.length < n) {
            throw truncated();
        }
        return body;
    }

    /** Reads the header lines up to the empty one into {@code hosts} (every Host) and the map it returns. */
    private static Map<String, String> headers(InputStream in, List<String> hosts) throws IOException, Refusal {
        Map<String, String> all = new HashMap<>();
        int total = 0;
        for (int count = 0; ; count++) {
            String line = line(in, MAX_HEAD - total, RequestReader::tooLong).orElseThrow(RequestReader::truncated);
            if (line.isEmpty()) {
                return all;
            }
            total += line.length() + 2;
            if (count >= MAX_HEADERS) {
                throw tooLong();
            }
            if (!HEADER.matcher(line).matches()) {
                throw Refusal.badRequest(Text.of("请求头格式不对。", "A request header is malformed."));
            }
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
            if (name.equals("host")) {
                hosts.add(line.substring(colon + 1).strip());
            }
            all.putIfAbsent(name, line.substring(colon + 1).strip());
        }
    }

    /**
     * One line without its CR LF, read as ISO-8859-1 (one char per byte), of at most {@code max} bytes; empty at end
     * of stream before any byte.
     */
    private static Optional<String> line(InputStream in, int max, Supplier<Refusal> tooLong) throws IOException, Refusal {
        byte[] buf = new byte[256];
        int n = 0;
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                if (n == 0) {
                    return Optional.empty();
                }
                throw truncated();
            }
            if (n >= max) {
                throw tooLong.get();
            }
            if (n == buf.length) {
                buf = Arrays.copyOf(buf, n * 2);
            }
            buf[n++] = (byte) b;
        }
        if (n > 0 && buf[n - 1] == '\r') {
            n--;
        }
        return Optional.of(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
    }

    private static Refusal uriTooLong() {
        return new Refusal(414, Text.of("请求地址过长。", "The request URI is too long."));
    }

    private static Refusal tooLong() {
        return Refusal.badRequest(Text.of("请求头过多或过长。", "The request headers are too many or too long."));
    }

    private static Refusal truncated() {
        return Refusal.badRequest(Text.of("请求不完整。", "The request is incomplete."));
    }
}
