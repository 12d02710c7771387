package io.sanshen.check.rules;

/**
 * What fetching an external link gave: the HTTP status of the last response ({@link #TIMEOUT} or {@link #ERROR}
 * when there was none, {@link #ROBOTS} when the host's robots.txt keeps Sanshen out), the URL it ended at after
 * redirects, and a short technical detail.
 */
public record LinkStatus(int status, String finalUrl, String detail) {
    public static final int TIMEOUT = -1;
    public static final int ERROR = -2;
    /** Not fetched: robots.txt disallows it. Neither broken nor working: no finding. */
    public static final int ROBOTS = -3;

    public LinkStatus {
        detail = detail == null ? "" : detail.replaceAll("[\\t\\r\\n]", " ");
    }

    public boolean broken() {
        return status != ROBOTS && (status < 200 || status >= 400);
    }
}
