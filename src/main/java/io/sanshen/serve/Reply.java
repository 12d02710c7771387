package io.sanshen.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One response of the preview; every response closes the connection, so nothing is ever left half-read — except an
 * event stream ({@link #events}), whose open connection is handed to a {@link Stream} after the headers.
 */
public record Reply(int status, String type, byte[] body, Map<String, String> headers, Stream stream) {
    /** Takes over the connection of an event stream once its headers are written; it closes the socket itself. */
    public interface Stream {
        void open(java.net.Socket socket) throws IOException;
    }

    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 400, "Bad Request", 403, "Forbidden",
            303, "See Other", 404, "Not Found", 405, "Method Not Allowed", 413, "Content Too Large", 414, "URI Too Long", 421, "Misdirected Request",
            500, "Internal Server Error");

    public Reply(int status, String type, byte[] body, Map<String, String> headers) {
        this(status, type, body, headers, null);
    }

    public static Reply of(int status, String type, byte[] body) {
        return new Reply(status, type, body, Map.of());
    }

    /** A server-sent event stream (text/event-stream): the connection stays open for {@code stream}. */
    static Reply events(Stream stream) {
        return new Reply(200, "text/event-stream", new byte[0], Map.of(), stream);
    }

    public static Reply html(int status, String html) {
        return of(status, "text/html", html.getBytes(StandardCharsets.UTF_8));
    }

    /** The content type the preview serves a file of this name with. */
    public static String typeOf(String fileName) {
        return ContentTypes.of(fileName);
    }

    /** A redirect after a form was handled (POST, then GET), so reloading the page does not post again. */
    public static Reply seeOther(String location) {
        return new Reply(303, "text/plain", new byte[0], Map.of("Location", location));
    }

    /** The same reply with one more header. */
    public Reply with(String name, String value) {
        Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, type, body, h);
    }

    void writeTo(OutputStream out, boolean head) throws IOException {
        boolean text = type.startsWith("text") || type.contains("xml") || type.contains("javascript") || type.contains("json");
        StringBuilder h = new StringBuilder("HTTP/1.1 ").append(status).append(' ')
                .append(REASONS.getOrDefault(status, "Error")).append("\r\n")
                .append("Content-Type: ").append(type).append(text && !type.contains("charset") ? "; charset=utf-8" : "")
                .append(stream == null ? "\r\nContent-Length: " + body.length : "")
                .append("\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: ")
                .append(stream == null ? "close" : "keep-alive").append("\r\n");
        headers.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
        out.write(h.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!head) {
            out.write(body);
        }
        out.flush();
    }
}
