package io.sanshen.build;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import io.sanshen.review.signature.DetachedSignature;
import io.sanshen.review.signature.SigningException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the {@link SiteManifest} into a publishing build's staged output, and its signature when the build was
 * given the deploy key; without a key the manifest stays unsigned and {@code deploy} refuses it.
 */
public final class ManifestWriter {
    private ManifestWriter() {
    }

    /** As the build does: now, taking the hashes of linked pages from {@code known} ({@link SiteManifest#of}). */
    static SiteManifest write(Path staged, String commit, String trustRoot, Optional<Path> key, Map<String, String> known)
            throws BuildFailure, IOException {
        return write(staged, commit, trustRoot, key, Instant.now(), known);
    }

    /** As the build does, at a given build time (tests that need several builds in one second). */
    public static SiteManifest write(Path staged, String commit, String trustRoot, Optional<Path> key, Instant time)
            throws BuildFailure, IOException {
        return write(staged, commit, trustRoot, key, time, Map.of());
    }

    private static SiteManifest write(Path staged, String commit, String trustRoot, Optional<Path> key, Instant time,
                                      Map<String, String> known) throws BuildFailure, IOException {
        SiteManifest manifest = SiteManifest.of(staged, commit, trustRoot, time, known);
        byte[] bytes = manifest.bytes();
        if (key.isPresent()) {
            try {
                String sig = DetachedSignature.sign(key.get(), SiteManifest.NAMESPACE, bytes);
                Files.writeString(staged.resolve(SiteManifest.SIGNATURE), sig, StandardCharsets.US_ASCII);
            } catch (SigningException e) {
                throw new BuildFailure(Phase.WRITE, List.of(Finding.of("build.manifest-key", Severity.BLOCKER,
                        SourcePos.file(key.get().toString()),
                        Text.of("无法用部署密钥签署网站清单：" + e.problem().zh(), "Cannot sign the site manifest with the deploy key: "
                                + e.problem().en()),
                        Text.of("--manifest-key 应指向未加密的 OpenSSH 私钥（其公钥登记在 deploy.keys 中）。",
                                "--manifest-key must name an unencrypted OpenSSH private key whose public key is in deploy.keys."))));
            }
        }
        Files.write(staged.resolve(SiteManifest.FILE), bytes);
        return manifest;
    }
}
