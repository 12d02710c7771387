package io.sanshen.build;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code preview}: render the work tree including drafts, watermarked (never for deployment).
 * {@code today}: the date expiry is judged against (fixed in tests).
 */
public record BuildOptions(Path siteRoot, Path outDir, boolean preview, boolean liveReload, LocalDate today) {
    public static BuildOptions publish(Path siteRoot, Path outDir) {
        return new BuildOptions(siteRoot, outDir, false, false, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
    }
}
