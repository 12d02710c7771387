package io.sanshen.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.config.ConfigLoader;
import io.sanshen.config.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot cache on disk against a full read, on the repository's own demo content (every front matter field
 * it uses, bundles, flawed files): a second process parses nothing unchanged and gets exactly what a full read
 * gives; a damaged file or one made for other inputs is not used.
 */
class SnapshotFileTest {
    @TempDir
    Path site;

    @Test
    void aSecondProcessParsesNothingUnchangedAndReadsWhatAFullReadGives() throws Exception {
        copy(Path.of("content"), site.resolve("content"));
        Files.copy(Path.of("site-config.yml"), site.resolve("site-config.yml"));
        SiteConfig config = ConfigLoader.load(site).config().orElseThrow();
        Path file = site.resolve(".sanshen-cache/snapshot.bin");
        SnapshotCache first = SnapshotCache.load(file, "v1");
        SiteSnapshot full = SiteSnapshot.of(config, new WorkTreeSource(site), first);
        int files = first.parses();
        assertThat(files).isGreaterThan(20);
        first.save(file, "v1");

        SnapshotCache second = SnapshotCache.load(file, "v1");
        SiteSnapshot again = SiteSnapshot.of(config, new WorkTreeSource(site), second);
        assertThat(second.parses()).isZero();
        assertSame(again, full);

        assertThat(parses(file, config, "v2")).as("other inputs").isEqualTo(files);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 3] ^= 4;
        Files.write(file, bytes);
        SnapshotCache damaged = SnapshotCache.load(file, "v1");
        assertSame(SiteSnapshot.of(config, new WorkTreeSource(site), damaged), full);
        assertThat(damaged.parses()).as("damaged").isEqualTo(files);
    }

    private int parses(Path file, SiteConfig config, String inputs) throws Exception {
        SnapshotCache cache = SnapshotCache.load(file, inputs);
        SiteSnapshot.of(config, new WorkTreeSource(site), cache);
        return cache.parses();
    }

    private static void assertSame(SiteSnapshot actual, SiteSnapshot expected) {
        assertThat(actual.loaded().findings()).isEqualTo(expected.loaded().findings());
        assertThat(actual.loaded().leftOut()).isEqualTo(expected.loaded().leftOut());
        assertThat(actual.itemBlobs()).isEqualTo(expected.itemBlobs());
        Map<String, Item> want = expected.loaded().content().byPath();
        assertThat(actual.loaded().content().byPath().keySet()).isEqualTo(want.keySet());
        actual.loaded().content().byPath().forEach((path, item) -> {
            Item w = want.get(path);
            assertThat(item.meta()).as(path).isEqualTo(w.meta());
            assertThat(item.body()).as(path).isEqualTo(w.body());
            assertThat(item.bodyLine()).as(path).isEqualTo(w.bodyLine());
            assertThat(item.column()).as(path).isEqualTo(w.column());
        });
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }
}
