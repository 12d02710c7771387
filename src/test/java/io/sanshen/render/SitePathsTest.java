package io.sanshen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SitePathsTest {
    /** The encoding as written before the fast path for paths that need none: each segment through URLEncoder. */
    private static String segmentBySegment(String sitePath) {
        StringBuilder sb = new StringBuilder();
        for (String seg : sitePath.split("/", -1)) {
            if (sb.length() > 0 || sitePath.startsWith("/")) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    @Test
    void hrefEqualsSegmentEncodingOnRandomPaths() {
        String alphabet = "aZ09.-_*/ +%~#?&=:政务公开　é\u0000";
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder path = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                // mostly characters that need no encoding, so the fast path is taken often
                path.append(random.nextInt(3) > 0 ? alphabet.charAt(random.nextInt(9))
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String p = path.toString();
            assertThat(SitePaths.href(p)).as(p).isEqualTo(segmentBySegment(p));
        }
    }

    @Test
    void hrefKeepsPlainPathsAndEncodesTheRest() {
        assertThat(SitePaths.href("news/2024-00001.html")).isEqualTo("news/2024-00001.html");
        assertThat(SitePaths.href("tags/政务 公开.html")).isEqualTo("tags/%E6%94%BF%E5%8A%A1%20%E5%85%AC%E5%BC%80.html");
        assertThat(SitePaths.href("/a/b")).isEqualTo(segmentBySegment("/a/b"));
    }
}
