package io.sanshen.check.rules;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What a polite crawler keeps per host (scheme, host and port) for one run: the host's robots.txt, read once, and
 * its turn: requests to one host go one at a time, each starting at least {@code delay} after the previous one's
 * answer, so the host sees them at least that far apart whatever the connection set-up takes. Thread-safe.
 */
final class PoliteHosts {
    /** Names the crawler, its purpose and its product token for robots.txt. */
    static final String USER_AGENT = "Sanshen-LinkChecker/1.0 (government website link check; robots token: sanshen)";
    static final String TOKEN = "sanshen";

    private final Duration delay;
    private final Duration timeout;
    private final HttpClient client;
    private final Map<String, Turn> turns = new ConcurrentHashMap<>();
    private final Map<String, FutureTask<RobotsRules>> robots = new ConcurrentHashMap<>();

    PoliteHosts(Duration delay, Duration timeout) {
        this.delay = delay;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout).build();
    }

    /** One request to a host. */
    interface Request<T> {
        T send() throws IOException, InterruptedException;
    }

    /** A host's turn: held by the request under way; {@code next} is when the following one may start. */
    private static final class Turn {
        final ReentrantLock lock = new ReentrantLock(true);
        long next = System.nanoTime();
    }

    /** Sends {@code request} to {@code uri}'s host in its turn. */
    <T> T inTurn(URI uri, Request<T> request) throws IOException, InterruptedException {
        Turn turn = turns.computeIfAbsent(origin(uri), o -> new Turn());
        turn.lock.lockInterruptibly();
        try {
            long wait = turn.next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            return request.send();
        } finally {
            turn.next = System.nanoTime() + delay.toNanos();
            turn.lock.unlock();
        }
    }

    /** Whether the host's robots.txt lets Sanshen fetch {@code uri}; robots.txt is fetched on first use. */
    boolean allowed(URI uri) throws InterruptedException {
        FutureTask<RobotsRules> task = new FutureTask<>(() -> fetchRobots(uri));
        FutureTask<RobotsRules> known = robots.putIfAbsent(origin(uri), task);
        if (known == null) {
            task.run();
            known = task;
        }
        try {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return known.get().allows(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (ExecutionException e) {
            return true;
        }
    }

    /**
     * RFC 9309: rules of a 2xx answer; a 4xx means no rules; a 5xx means the host is unavailable, so nothing is
     * fetched. When the host cannot be reached at all the link is probed anyway and reported as it fails.
     */
    private RobotsRules fetchRobots(URI uri) throws InterruptedException {
        URI robotsUri = URI.create(origin(uri) + "/robots.txt");
        try {
            HttpResponse<String> r = inTurn(robotsUri, () -> client.send(HttpRequest.newBuilder(robotsUri)
                    .timeout(timeout).header("User-Agent", USER_AGENT).GET().build(), HttpResponse.BodyHandlers.ofString()));
            if (r.statusCode() >= 200 && r.statusCode() < 300) {
                return RobotsRules.parse(r.body(), TOKEN);
            }
            return r.statusCode() >= 500 ? RobotsRules.DISALLOW_ALL : RobotsRules.ALLOW_ALL;
        } catch (IOException | IllegalArgumentException e) {
            return RobotsRules.ALLOW_ALL;
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
