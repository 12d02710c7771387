package io.sanshen.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Relative URLs between pages, so the output works from any sub-path and from the file system. */
public final class SitePaths {
    private SitePaths() {
    }

    /** The prefix leading from page {@code sitePath} back to the site root: "" or "../" repeated. */
    public static String rootOf(String sitePath) {
        int depth = 0;
        for (int i = 0; i < sitePath.length(); i++) {
            if (sitePath.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** Percent-encodes each segment of a site path (Chinese file names stay valid in links). */
    public static String href(String sitePath) {
        if (unchangedByEncoding(sitePath)) {
            return sitePath; // most paths of a large site (every link of every list page comes through here)
        }
        StringBuilder sb = new StringBuilder();
        for (String seg : sitePath.split("/", -1)) {
            if (sb.length() > 0 || sitePath.startsWith("/")) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    /**
     * Whether {@link #href} gives {@code sitePath} back as it is: only characters {@link URLEncoder} keeps, and slashes
     * (not a leading one, which the segment loop doubles).
     */
    private static boolean unchangedByEncoding(String sitePath) {
        if (sitePath.startsWith("/")) {
            return false;
        }
        for (int i = 0; i < sitePath.length(); i++) {
            char c = sitePath.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '/' || c == '.'
                    || c == '-' || c == '_' || c == '*')) {
                return false;
            }
        }
        return true;
    }

    /** A safe file name for a taxonomy term: keeps letters of any script, replaces the rest. */
    public static String termFile(String term) {
        String s = term.strip().replaceAll("[\\\\/:*?\"<>|#%&{}\\s、，,]+", "-");
        return s.isEmpty() ? "_" : s;
    }
}
