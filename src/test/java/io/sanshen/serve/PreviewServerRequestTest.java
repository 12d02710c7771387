package io.sanshen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.diag.Lang;
import io.sanshen.testkit.SiteFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview as a web page in a hostile browser sees it: raw requests on loopback, so the test controls the request
 * line and the Host header byte for byte. Every request gets an answer (never a dropped connection).
 */
class PreviewServerRequestTest {
    private static final String DRAFT_TITLE = "未审核的草稿标题";

    @TempDir
    static Path site;
    static PreviewServer server;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        SiteFiles.write(site, SiteFiles.CONFIG + """
                -- content/news/a.md --
                ---
                title: %s
                date: 2026-05-01
                publisher: 区政府办公室
                source: 区政府办公室
                draft: true
                ---
                正文内容。
                """.formatted(DRAFT_TITLE));
        Path from = Path.of("templates").toAbsolutePath();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path to = site.resolve("templates").resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        server = new PreviewServer(site, 0, Lang.ZH, new PrintWriter(new StringWriter(), true));
        port = server.start().getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sends the bytes as they are, reads until the server closes; "" when the connection was dropped. */
    private static String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.net.SocketException e) {
            return "";
        }
    }

    private static String get(String target, String host) throws IOException {
        return raw("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    private static String local() {
        return "127.0.0.1:" + port;
    }

    private static String statusLine(String response) {
        int end = response.indexOf("\r\n");
        return end < 0 ? response : response.substring(0, end);
    }

    @Test
    void servesPagesAndLiveReloadToLoopbackHosts() throws Exception {
        for (String host : new String[] {local(), "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port}) {
            String page = get("/news/a.html", host);
            assertThat(statusLine(page)).as(host).isEqualTo("HTTP/1.1 200 OK");
            assertThat(page).as(host).contains(DRAFT_TITLE, "预览·未审核");
        }
        assertThat(statusLine(get("/news/a.html?x=1", local()))).isEqualTo("HTTP/1.1 200 OK");
        assertThat(statusLine(get("/news/", local()))).isEqualTo("HTTP/1.1 200 OK");
        String version = get("/__sanshen/version", local());
        assertThat(statusLine(version)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(version.substring(version.indexOf("\r\n\r\n") + 4)).matches("\\d+");
        assertThat(get("/__sanshen/reload.js", local())).startsWith("HTTP/1.1 200 OK").contains("location.reload()");
        assertThat(statusLine(get("/nosuch.html", local()))).isEqualTo("HTTP/1.1 404 Not Found");
        String cookies = "Cookie: " + "k=" + "v".repeat(30_000) + "\r\n";
        assertThat(statusLine(raw("GET /news/a.html HTTP/1.1\r\nHost: " + local() + "\r\n" + cookies + "\r\n")))
                .as("a browser's big localhost cookies").isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void headAnswersWithHeadersOnly() throws Exception {
        String head = raw("HEAD /news/a.html HTTP/1.1\r\nHost: " + local() + "\r\n\r\n");
        assertThat(statusLine(head)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(head).containsPattern("(?i)content-length: [1-9]\\d*\r\n").endsWith("\r\n\r\n");
    }

    @Test
    void refusesForeignHostsSoDnsRebindingReadsNothing() throws Exception {
        for (String host : new String[] {"evil.example:" + port, "evil.example", "127.0.0.1:" + (port == 65535 ? 1 : port + 1),
            "localhost.evil.example:" + port, "127.0.0.1.evil.example:" + port, "0.0.0.0:" + port, "127.0.0.1:" + port + "@evil"}) {
            String answer = get("/news/a.html", host);
            assertThat(statusLine(answer)).as(host).isEqualTo("HTTP/1.1 421 Misdirected Request");
            assertThat(answer).as(host).doesNotContain(DRAFT_TITLE).contains("127.0.0.1:" + port, "预览", "preview");
        }
        assertThat(statusLine(get("/__sanshen/version", "evil.example:" + port))).isEqualTo("HTTP/1.1 421 Misdirected Request");
    }

    @Test
    void refusesRequestsWithoutOrWithTwoHosts() throws Exception {
        assertThat(statusLine(raw("GET /news/a.html HTTP/1.1\r\nConnection: close\r\n\r\n"))).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(statusLine(raw("GET /news/a.html HTTP/1.0\r\n\r\n"))).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(statusLine(raw("GET /news/a.html HTTP/1.1\r\nHost: " + local() + "\r\nHost: evil.example\r\n\r\n")))
                .isEqualTo("HTTP/1.1 400 Bad Request");
    }

    @Test
    void answersOtherMethodsWith405AndAllow() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT", "PROPFIND"}) {
            String answer = raw(method + " /news/a.html HTTP/1.1\r\nHost: " + local() + "\r\nContent-Length: 3\r\n\r\nabc");
            assertThat(statusLine(answer)).as(method).isEqualTo("HTTP/1.1 405 Method Not Allowed");
            assertThat(answer).as(method).contains("\r\nAllow: GET, HEAD\r\n").doesNotContain(DRAFT_TITLE);
        }
    }

    @Test
    void answersNulBytesWith400() throws Exception {
        assertThat(statusLine(get("/news/a.html%00", local()))).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(statusLine(get("/news/%00/a.html", local()))).isEqualTo("HTTP/1.1 400 Bad Request");
    }

    @Test
    void answersBadPercentEncodingWith400() throws Exception {
        for (String target : new String[] {"/news/%zz.html", "/news/a%", "/news/a%4", "/news/%e4%b8.html", "/news/%c0%ae%c0%ae/a.html",
            "/news/%ff.html"}) {
            assertThat(statusLine(get(target, local()))).as(target).isEqualTo("HTTP/1.1 400 Bad Request");
        }
    }

    @Test
    void answersDotDotEscapesWith400() throws Exception {
        for (String target : new String[] {"/../../../../etc/passwd", "/news/../../x", "/%2e%2e/%2e%2e/etc/passwd",
            "/news/%2E%2E%2F%2E%2E%2Fx", "/news/..%5c..%5cx", "news/a.html", "http://evil.example/news/a.html"}) {
            assertThat(statusLine(get(target, local()))).as(target).isEqualTo("HTTP/1.1 400 Bad Request");
        }
    }

    @Test
    void answersMegabyteUrlWith414() throws Exception {
        String answer = get("/" + "a".repeat(1 << 20), local());
        assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 414 URI Too Long");
    }

    @Test
    void answersOverlongHeadersWith400() throws Exception {
        String oneHuge = raw("GET /news/a.html HTTP/1.1\r\nHost: " + local() + "\r\nX-Big: " + "b".repeat(1 << 20) + "\r\n\r\n");
        assertThat(statusLine(oneHuge)).isEqualTo("HTTP/1.1 400 Bad Request");
        String many = raw("GET /news/a.html HTTP/1.1\r\nHost: " + local() + "\r\n" + "X-A: 1\r\n".repeat(5000) + "\r\n");
        assertThat(statusLine(many)).isEqualTo("HTTP/1.1 400 Bad Request");
    }

    @Test
    void answersGarbledRequestLinesWith400() throws Exception {
        for (String line : new String[] {"garbage", "GET /news/a.html", "GET /news/a b.html HTTP/1.1", "GET  /news/a.html HTTP/1.1",
            "GET /news/a.html HTTP/9.9", "GET /news/a.html\tHTTP/1.1"}) {
            assertThat(statusLine(raw(line + "\r\nHost: " + local() + "\r\n\r\n"))).as(line).isEqualTo("HTTP/1.1 400 Bad Request");
        }
        assertThat(statusLine(raw("GET /news/a.html HTTP/1.1\r\nHost: " + local() + "\r\nNo colon here\r\n\r\n")))
                .isEqualTo("HTTP/1.1 400 Bad Request");
    }
}
