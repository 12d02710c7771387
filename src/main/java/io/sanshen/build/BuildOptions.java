package io.sanshen.build;

import io.sanshen.render.BuildMode;
import io.sanshen.diag.TimeZones;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code preview}: render the work tree including drafts, with everything not approved watermarked (never for
 * deployment). {@code noReview}: skip the REVIEW phase and publish the work tree as it is — for local experiments
 * and tests without Git only; without it a publishing build fails closed when review data is missing.
 * {@code today}: the date expiry is judged against (fixed in tests). {@code trustRoot}: fingerprint of the admin key
 * that roots the policy chain; empty means trust on first use of the first-parent history (with a warning).
 */
public record BuildOptions(Path siteRoot, Path outDir, boolean preview, boolean liveReload, LocalDate today,
                           boolean noReview, java.util.Optional<String> trustRoot, java.util.Optional<Path> manifestKey) {
    public BuildOptions(Path siteRoot, Path outDir, boolean preview, boolean liveReload, LocalDate today,
                        boolean noReview, java.util.Optional<String> trustRoot) {
        this(siteRoot, outDir, preview, liveReload, today, noReview, trustRoot, java.util.Optional.empty());
    }

    public BuildOptions(Path siteRoot, Path outDir, boolean preview, boolean liveReload, LocalDate today,
                        boolean noReview) {
        this(siteRoot, outDir, preview, liveReload, today, noReview, java.util.Optional.empty());
    }

    /** The same build with the policy chain rooted in {@code fingerprint}. */
    public BuildOptions withTrustRoot(java.util.Optional<String> fingerprint) {
        return new BuildOptions(siteRoot, outDir, preview, liveReload, today, noReview, fingerprint, manifestKey);
    }

    /** The same build signing its manifest with the deploy key {@code key} (an OpenSSH private key file). */
    public BuildOptions withManifestKey(java.util.Optional<Path> key) {
        return new BuildOptions(siteRoot, outDir, preview, liveReload, today, noReview, trustRoot, key);
    }

    /** A publishing build: approved content only, review required. */
    public static BuildOptions publish(Path siteRoot, Path outDir) {
        return new BuildOptions(siteRoot, outDir, false, false, TimeZones.todayInChina(), false);
    }

    /** The mark this build's output carries: only a publishing build's may be deployed. */
    public BuildMode mode() {
        return noReview ? BuildMode.NO_REVIEW : preview ? BuildMode.PREVIEW : BuildMode.PUBLISH;
    }

    /** The same build without review (local experiments, tests of sites that are not Git repositories). */
    public BuildOptions withoutReview() {
        return new BuildOptions(siteRoot, outDir, preview, liveReload, today, true, trustRoot, manifestKey);
    }
}
