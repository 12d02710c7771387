package io.sanshen.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site manifest: what is hashed, and a strict reader that refuses paths leaving the web root. */
class SiteManifestTest {
    @TempDir
    Path tmp;

    @Test
    void listsEveryFileButItselfAndReadsBackTheSameBytes() throws Exception {
        Files.createDirectories(tmp.resolve("news"));
        Files.writeString(tmp.resolve("index.html"), "home");
        Files.writeString(tmp.resolve("news/会议 纪要.html"), "page");
        Files.writeString(tmp.resolve(SiteManifest.SIGNATURE), "old signature");
        SiteManifest m = SiteManifest.of(tmp, "abc", "SHA256:root", Instant.parse("2026-05-22T01:02:03.456Z"));
        assertThat(m.files()).containsOnlyKeys("index.html", "news/会议 纪要.html");
        assertThat(m.buildId()).startsWith("20260522T010203Z-");
        assertThat(SiteManifest.parse(m.bytes())).isEqualTo(m);
        assertThat(new String(m.bytes(), StandardCharsets.UTF_8)).contains(SiteManifest.sha256("home".getBytes()) + "  index.html\n");
    }

    @Test
    void aKnownHashIsTakenInsteadOfReadingTheFileAgain() throws Exception {
        Files.writeString(tmp.resolve("index.html"), "home");
        Files.writeString(tmp.resolve("linked.html"), "linked page");
        // a hash that is not the file's: the manifest shows it was taken, not read (the build passes only pages it
        // linked from an output whose file is as the build that hashed it left it)
        String recorded = "0".repeat(64);
        SiteManifest m = SiteManifest.of(tmp, "abc", "-", Instant.EPOCH, java.util.Map.of("linked.html", recorded));
        assertThat(m.files()).containsEntry("linked.html", recorded)
                .containsEntry("index.html", SiteManifest.sha256("home".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesPathsThatLeaveTheWebRootAndNonCanonicalText() throws Exception {
        Files.writeString(tmp.resolve("index.html"), "home");
        String text = new String(SiteManifest.of(tmp, "abc", "-", Instant.EPOCH).bytes(), StandardCharsets.UTF_8);
        String hash = "0".repeat(64);
        for (String evil : new String[] {"../etc/passwd", "/etc/passwd", "a/../../x", "a//b", "a\\b", ".", "a/"}) {
            assertThatThrownBy(() -> SiteManifest.parse((text + hash + "  " + evil + "\n").getBytes(StandardCharsets.UTF_8)))
                    .as(evil).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> SiteManifest.parse(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SiteManifest.parse((text + text.lines().reduce((a, b) -> b).orElseThrow() + "\n")
                .getBytes(StandardCharsets.UTF_8))).as("a path listed twice").isInstanceOf(IllegalArgumentException.class);
    }
}
