package io.sanshen.deploy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/** A tiny web server on 127.0.0.1 serving a folder as nginx would (following the {@code current} link per request). */
final class WebServer implements AutoCloseable {
    final HttpServer server;

    WebServer(Path docroot) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            byte[] body;
            int status;
            try {
                body = Files.readAllBytes(docroot.resolve(exchange.getRequestURI().getPath().substring(1)));
                status = 200;
            } catch (NoSuchFileException | java.nio.file.AccessDeniedException e) {
                body = "not found".getBytes();
                status = 404;
            } catch (IOException e) {
                body = e.toString().getBytes();
                status = 500;
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /**
     * Runs {@code work} while {@code threads} readers GET {@code paths} in a loop; returns every answer seen, as
     * "status body".
     */
    Map<String, List<String>> readWhile(List<String> paths, int threads, Work work) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Map<String, List<String>> seen = new ConcurrentHashMap<>();
        paths.forEach(p -> seen.put(p, new CopyOnWriteArrayList<>()));
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> readers = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    for (String p : paths) {
                        try {
                            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base() + p)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            seen.get(p).add(r.statusCode() + " " + r.body());
                        } catch (IOException | InterruptedException e) {
                            seen.get(p).add("ERR " + e);
                        }
                    }
                }
            });
            t.start();
            readers.add(t);
        }
        try {
            long deadline = System.nanoTime() + 5_000_000_000L; // the readers have begun before the work does
            while (System.nanoTime() < deadline && seen.values().stream().anyMatch(List::isEmpty)) {
                Thread.sleep(10);
            }
            work.run();
            Thread.sleep(100);
        } finally {
            stop.set(true);
            for (Thread t : readers) {
                t.join();
            }
        }
        return seen;
    }

    interface Work {
        void run() throws Exception;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
