package io.sanshen.deploy;

import io.sanshen.build.SiteManifest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the live site as visitors get it: fetches every path of the manifest from the site's base URL and
 * compares the bytes. A web server lists no folders, so files added on it cannot be seen from outside (the guard
 * on the server's folder finds those); dot-files such as the manifest are skipped, the nginx block hides them.
 */
public final class HttpGuard {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private HttpGuard() {
    }

    public static Guard.Report compare(URI base, SiteManifest manifest) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> f : manifest.files().entrySet()) {
            if (f.getKey().startsWith(".") || f.getKey().contains("/.")) {
                continue;
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(root + encode(f.getKey()))).timeout(TIMEOUT)
                    .header("Accept-Encoding", "identity").build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() == 404 || response.statusCode() == 410) {
                response.body().close();
                missing.add(f.getKey());
            } else if (response.statusCode() != 200 || !SiteManifest.sha256(response.body()).equals(f.getValue())) {
                response.body().close();
                changed.add(f.getKey());
            }
        }
        return new Guard.Report(List.of(), changed, missing);
    }

    /** Each path segment percent-encoded (spaces as %20, Chinese names as UTF-8). */
    private static String encode(String path) {
        List<String> parts = new ArrayList<>();
        for (String seg : path.split("/")) {
            parts.add(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join("/", parts);
    }
}
