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
 * {@value #MAX_REDIRECTS}) so the final host is known. Thread-safe; one HTTP client per probe.
 */
final class LinkProbe {
    static final int MAX_REDIRECTS = 5;
    private final HttpClient client;
    private final Duration timeout;

    LinkProbe(Duration timeout) {
        this.timeout = timeout;
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
                .header("User-Agent", "Sanshen link checker")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
