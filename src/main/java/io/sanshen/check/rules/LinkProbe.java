package io.sanshen.check.rules;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches one external link: HEAD first, GET when the server refuses HEAD, redirects followed by hand (up to
 * {@value #MAX_REDIRECTS}) so the final host is known. Politely ({@link PoliteHosts}): a URL the host's robots.txt
 * keeps from Sanshen is not fetched, and every request waits for its host's turn. Thread-safe; one HTTP client per
 * probe.
 */
final class LinkProbe {
    static final int MAX_REDIRECTS = 5;
    private final HttpClient client;
    private final Duration timeout;
    private final PoliteHosts hosts;

    LinkProbe(Duration timeout, PoliteHosts hosts) {
        this.timeout = timeout;
        this.hosts = hosts;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    LinkStatus check(String url) {
        URI current;
        try {
            current = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new LinkStatus(LinkStatus.ERROR, url, "malformed URL");
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<Void> response;
            try {
                if (!hosts.allowed(current)) {
                    return new LinkStatus(LinkStatus.ROBOTS, current.toString(), "robots.txt");
                }
                response = send(current, "HEAD");
                if (response.statusCode() == 405 || response.statusCode() == 501 || response.statusCode() == 403
                        || response.statusCode() == 400) {
                    response = send(current, "GET");
                }
            } catch (HttpTimeoutException e) {
                return new LinkStatus(LinkStatus.TIMEOUT, current.toString(), "timeout after " + timeout.toSeconds() + " s");
            } catch (IOException | IllegalArgumentException e) {
                return new LinkStatus(LinkStatus.ERROR, current.toString(), e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new LinkStatus(LinkStatus.ERROR, current.toString(), "interrupted");
            }
            Optional<String> location = response.headers().firstValue("location");
            int status = response.statusCode();
            if (status >= 300 && status < 400 && location.isPresent()) {
                current = current.resolve(location.get());
                continue;
            }
            return new LinkStatus(status, current.toString(), "");
        }
        return new LinkStatus(LinkStatus.ERROR, current.toString(), "more than " + MAX_REDIRECTS + " redirects");
    }

    private HttpResponse<Void> send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", PoliteHosts.USER_AGENT)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return hosts.inTurn(uri, () -> client.send(request, HttpResponse.BodyHandlers.discarding()));
    }
}
