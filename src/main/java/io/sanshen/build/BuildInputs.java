package io.sanshen.build;

import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Digests;
import io.sanshen.diag.ProgramBuild;
import static io.sanshen.diag.Digests.text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The digest of what shapes every page of a build besides the content: the program ({@link ProgramBuild}),
 * the build mode and live-reload script, the trust root, {@code site-config.yml} and every file of
 * {@code templates/} (the policy files as this build reads them: approved bytes in a publishing build). Pages of a
 * last build made under another digest are never reused.
 */
final class BuildInputs {
    private BuildInputs() {
    }

    static String digest(Path policyRoot, BuildOptions options) throws IOException {
        MessageDigest d = Digests.sha256();
        text(d, ProgramBuild.id());
        text(d, options.mode().name() + " liveReload=" + options.liveReload());
        text(d, options.trustRoot().orElse(""));
        d.update(Files.readAllBytes(policyRoot.resolve(SiteConfig.FILE)));
        tree(d, policyRoot.resolve("templates"));
        return HexFormat.of().formatHex(d.digest());
    }

    /**
     * The digest of what the rules that read one item read besides it: the program (its rules), {@code site-config.yml}
     * (rules switched off, severities, vocabularies, limits), every word list and every template (the rules that read
     * only policy files: {@link io.sanshen.check.SiteRule#readsItems}); findings cached under another digest are never
     * used ({@link io.sanshen.check.FindingCache}).
     */
    static String checks(Path policyRoot, SiteConfig config) throws IOException {
        MessageDigest d = Digests.sha256();
        text(d, ProgramBuild.id());
        d.update(Files.readAllBytes(policyRoot.resolve(SiteConfig.FILE)));
        text(d, "word lists");
        tree(d, policyRoot.resolve(config.checks().wordLists()));
        text(d, "templates");
        tree(d, policyRoot.resolve("templates"));
        return HexFormat.of().formatHex(d.digest());
    }

    /** Every regular file below {@code dir}: its relative path, length and bytes, in path order. */
    private static void tree(MessageDigest d, Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path f : files) {
            text(d, dir.relativize(f).toString());
            byte[] bytes = Files.readAllBytes(f);
            text(d, Integer.toString(bytes.length));
            d.update(bytes);
        }
    }
}
