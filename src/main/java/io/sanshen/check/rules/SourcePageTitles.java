package io.sanshen.check.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * Fetches a page's {@code <title>} (5 s timeouts, redirects followed, charset from the page), for {@code --external}.
 * Any failure is "no title", so an unreachable site never breaks a check run.
 */
final class SourcePageTitles {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    Optional<String> titleOf(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.strip())).timeout(TIMEOUT)
                    .header("User-Agent", "sanshen-check").GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    return Optional.empty();
                }
                String title = Jsoup.parse(in, null, url).title().strip();
                return title.isEmpty() ? Optional.empty() : Optional.of(title);
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
