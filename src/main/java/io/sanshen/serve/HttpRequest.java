package io.sanshen.serve;

/** One request the preview accepted: GET or HEAD, from a loopback Host, for a decoded path that starts with '/'. */
record HttpRequest(String method, String path) {
    boolean head() {
        return method.equals("HEAD");
    }
}
