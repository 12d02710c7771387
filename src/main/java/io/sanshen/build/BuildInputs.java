package io.sanshen.build;

import io.sanshen.config.SiteConfig;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The digest of what shapes every page of a build besides the content: the program (its jar's path, size and time),
 * the build mode and live-reload script, the trust root, {@code site-config.yml} and every file of
 * {@code templates/} (the policy files as this build reads them: approved bytes in a publishing build). Pages of a
 * last build made under another digest are never reused.
 */
final class BuildInputs {
    private BuildInputs() {
    }

    static String digest(Path policyRoot, BuildOptions options) throws IOException {
        MessageDigest d = sha256();
        text(d, program());
        text(d, options.mode().name() + " liveReload=" + options.liveReload());
        text(d, options.trustRoot().orElse(""));
        d.update(Files.readAllBytes(policyRoot.resolve(SiteConfig.FILE)));
        Path templates = policyRoot.resolve("templates");
        if (Files.isDirectory(templates, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(templates)) {
                files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            }
            for (Path f : files) {
                text(d, templates.relativize(f).toString());
                byte[] bytes = Files.readAllBytes(f);
                text(d, Integer.toString(bytes.length));
                d.update(bytes);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** Which build of the program runs: a new jar (or new classes) is a new program. */
    private static String program() {
        try {
            Path code = Path.of(BuildInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown " + System.nanoTime(); // never equal: nothing is reused
        }
    }

    private static void text(MessageDigest d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        d.update((byte) ':');
        d.update(b);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
