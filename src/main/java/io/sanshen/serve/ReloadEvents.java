package io.sanshen.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open server-sent event streams of the preview's pages: each gets the build version when it connects and again
 * after every rebuild, so a page reloads the moment its site changed (instead of polling). No thread waits per
 * browser tab: a stream is a socket in a list, written to by the thread that finished the build.
 */
final class ReloadEvents implements AutoCloseable {
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    /** Keeps {@code socket} open and sends it {@code version} at once. */
    void open(Socket socket, long version) {
        open.add(socket);
        send(socket, version);
    }

    /** Tells every open stream about a new version; a stream whose browser went away is dropped. */
    void publish(long version) {
        open.forEach(s -> send(s, version));
    }

    int size() {
        return open.size();
    }

    private void send(Socket socket, long version) {
        try {
            OutputStream out = socket.getOutputStream();
            synchronized (socket) {
                out.write(("data: " + version + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            drop(socket);
        }
    }

    private void drop(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        open.forEach(this::drop);
    }
}
