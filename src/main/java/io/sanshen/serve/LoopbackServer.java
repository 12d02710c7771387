package io.sanshen.serve;

import io.sanshen.diag.Text;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP/1.1 server on the loopback address: one request per connection, read within fixed bounds by
 * {@link RequestReader}, and every request answered — a refusal gets its status and a short bilingual page, never a
 * dropped connection. (The JDK's built-in server drops over-long or odd requests before a handler sees them.)
 */
public final class LoopbackServer implements AutoCloseable {
    /** Turns an accepted request into a response. */
    public interface Handler {
        Reply handle(HttpRequest request) throws IOException, Refusal;
    }

    private static final int READ_TIMEOUT_MS = 10_000;
    private static final int DRAIN_TIMEOUT_MS = 1_000;
    private static final int DRAIN_MAX = 4 << 20;

    private final ServerSocket socket;
    private final Handler handler;
    private final ExecutorService workers = Executors.newFixedThreadPool(8, r -> daemon(r, "sanshen-preview-http"));

    private final boolean acceptPost;

    LoopbackServer(int port, Handler handler) throws IOException {
        this(port, handler, false);
    }

    /** A server that also takes POST (forms) when {@code acceptPost}; the handler checks their origin. */
    public LoopbackServer(int port, Handler handler, boolean acceptPost) throws IOException {
        this.socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.handler = handler;
        this.acceptPost = acceptPost;
    }

    public int port() {
        return socket.getLocalPort();
    }

    public void start() {
        daemon(this::acceptLoop, "sanshen-preview-accept").start();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                workers.execute(() -> serve(s));
            } catch (IOException | java.util.concurrent.RejectedExecutionException e) {
                // closed while accepting: the server is shutting down
            }
        }
    }

    private void serve(Socket s) {
        boolean handedOff = false;
        try {
            s.setSoTimeout(READ_TIMEOUT_MS);
            InputStream in = new BufferedInputStream(s.getInputStream());
            Reply reply;
            boolean head = false;
            try {
                var request = RequestReader.read(in, port(), acceptPost);
                if (request.isEmpty()) {
                    return;
                }
                head = request.get().head();
                reply = handler.handle(request.get());
            } catch (Refusal r) {
                reply = refusal(r);
            } catch (SocketTimeoutException e) {
                return;
            } catch (RuntimeException | IOException e) {
                if (e instanceof SocketException) {
                    return;
                }
                reply = refusal(new Refusal(500, Text.of("预览服务器出错：" + e, "Preview server error: " + e)));
            }
            reply.writeTo(s.getOutputStream(), head);
            if (reply.stream() != null && !head) {
                s.setSoTimeout(0);
                reply.stream().open(s);
                handedOff = true;
                return;
            }
            s.shutdownOutput();
            drain(s, in);
        } catch (IOException e) {
            // the client went away; nothing to answer
        } finally {
            if (!handedOff) {
                closeQuietly(s);
            }
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private Reply refusal(Refusal r) {
        Reply page = Reply.html(r.status(), ErrorPage.refusal(r.status(), r.why()));
        return r.status() == 405 ? new Reply(page.status(), page.type(), page.body(), Map.of("Allow", acceptPost ? "GET, HEAD, POST" : "GET, HEAD")) : page;
    }

    /**
     * Reads what the client is still sending (a body, the rest of an over-long line) before closing: closing a
     * socket with unread input resets the connection, and the client would lose the answer.
     */
    private static void drain(Socket s, InputStream in) throws IOException {
        s.setSoTimeout(DRAIN_TIMEOUT_MS);
        byte[] buf = new byte[16 * 1024];
        try {
            for (int total = 0, n; total < DRAIN_MAX && (n = in.read(buf)) >= 0; total += n) {
                // discard
            }
        } catch (SocketTimeoutException e) {
            // the client keeps the connection open; it has its answer
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
        workers.shutdownNow();
    }
}
