package io.sanshen.check.rules;

/**
 * What fetching an external link gave: the HTTP status of the last response ({@link #TIMEOUT} or {@link #ERROR}
 * when there was none), the URL it ended at after redirects, and a short technical detail.
 */
public record LinkStatus(int status, String finalUrl, String detail) {
    public static final int TIMEOUT = -1;
    public static final int ERROR = -2;

    public LinkStatus {
        detail = detail == null ? "" : detail.replaceAll("[\\t\\r\\n]", " ");
    }

    public boolean broken() {
        return status < 200 || status >= 400;
    }
}
