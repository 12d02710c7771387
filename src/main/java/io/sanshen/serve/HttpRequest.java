package io.sanshen.serve;

import java.util.Map;
import java.util.Optional;

/**
 * One request the server accepted: GET or HEAD (POST only where the server takes forms), from a loopback Host, for
 * a decoded path that starts with '/'.
 *
 * @param query   the raw query string after '?', not decoded ("" when none)
 * @param headers header values by lower-case name (the first of repeated ones)
 * @param body    the request body (POST only; empty otherwise)
 */
public record HttpRequest(String method, String path, String query, Map<String, String> headers, byte[] body) {
    public HttpRequest {
        headers = Map.copyOf(headers);
    }

    HttpRequest(String method, String path) {
        this(method, path, "", Map.of(), new byte[0]);
    }

    boolean head() {
        return method.equals("HEAD");
    }

    public Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName));
    }
}
