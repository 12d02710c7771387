package io.sanshen.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A cheap summary of the files a build reads (names, sizes, modification times), to notice edits by polling. */
public final class TreeFingerprint {
    private TreeFingerprint() {
    }

    public static String of(Path siteRoot) throws IOException {
        long hash = 17;
        for (String part : new String[] {"site-config.yml", "content", "templates", "rules"}) {
            Path p = siteRoot.resolve(part);
            if (!Files.exists(p)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path f : walk.sorted().toList()) {
                    hash = hash * 31 + f.toString().hashCode();
                    hash = hash * 31 + Files.getLastModifiedTime(f).toMillis();
                    hash = hash * 31 + (Files.isRegularFile(f) ? Files.size(f) : 0);
                }
            }
        }
        return Long.toHexString(hash);
    }
}
