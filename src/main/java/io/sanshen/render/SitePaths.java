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
        StringBuilder sb = new StringBuilder();
        for (String seg : sitePath.split("/", -1)) {
            if (sb.length() > 0 || sitePath.startsWith("/")) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    /** A safe file name for a taxonomy term: keeps letters of any script, replaces the rest. */
    public static String termFile(String term) {
        String s = term.strip().replaceAll("[\\\\/:*?\"<>|#%&{}\\s、，,]+", "-");
        return s.isEmpty() ? "_" : s;
    }
}
