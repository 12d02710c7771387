package io.sanshen.review;

import static io.sanshen.review.ReviewFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of {@code .sanshen-cache/} damaged the way a disk, a killed process or a meddler would: every damaged
 * file must give exactly the report of a run without cache, and never an exception or an OutOfMemoryError.
 */
class CacheTamperTest {
    private static final LocalDate DAY = LocalDate.of(2024, 5, 23);
    private static final int SAMPLES_PER_FILE = 40;

    @TempDir
    Path tmp;
    ReviewFixture f;
    Path cache;
    Path dir;
    Map<String, byte[]> pristine = new TreeMap<>();
    String expected;

    @BeforeEach
    void reviewOnce() throws Exception {
        f = ReviewFixture.withItem(tmp.resolve("site"), false);
        f.approveChain(ITEM, false);
        expected = view(review(tmp.resolve("uncached")));
        cache = tmp.resolve("cache");
        assertThat(view(review(cache))).isEqualTo(expected);
        dir = cache.resolve(SignatureCache.DIR);
        for (String name : List.of("signatures.tsv", "history.bin", "report.bin")) {
            pristine.put(name, Files.readAllBytes(dir.resolve(name)));
        }
    }

    private ReviewReport review(Path cacheRoot) throws Exception {
        return new ReviewEngine(f.repo, new ReviewEngine.Options(Optional.empty(), Optional.of(cacheRoot), DAY)).run();
    }

    /** Everything a report says, without the counters of how it was computed. */
    private static String view(ReviewReport r) {
        return r.head().name() + "\n" + r.paths() + "\n" + r.ignored() + "\n" + r.findings();
    }

    /** Restores the pristine cache, then writes {@code bytes} as {@code name}; the report goes when testing another. */
    private void plant(String name, byte[] bytes) throws Exception {
        for (Map.Entry<String, byte[]> e : pristine.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        if (!name.equals("report.bin")) {
            Files.delete(dir.resolve("report.bin")); // an intact report would answer without reading the others
        }
        Files.write(dir.resolve(name), bytes);
    }

    private void assertEveryFlipRecomputes(String name) throws Exception {
        byte[] good = pristine.get(name);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < Math.min(32, good.length); i++) {
            positions.add(i);
        }
        int step = Math.max(1, good.length / SAMPLES_PER_FILE);
        for (int i = 32; i < good.length; i += step) {
            positions.add(i);
        }
        for (int pos : positions) {
            for (int mask : new int[] {0x01, 0xff}) {
                byte[] bad = good.clone();
                bad[pos] ^= (byte) mask;
                plant(name, bad);
                assertThat(view(review(cache))).as(name + " byte " + pos + " ^ " + mask).isEqualTo(expected);
            }
        }
        plant(name, java.util.Arrays.copyOf(good, good.length - 1));
        assertThat(view(review(cache))).as(name + " cut short").isEqualTo(expected);
    }

    @Test
    void aFlippedByteInTheReportIsACacheMiss() throws Exception {
        assertEveryFlipRecomputes("report.bin");
    }

    @Test
    void aFlippedByteInTheHistoryIsACacheMiss() throws Exception {
        assertEveryFlipRecomputes("history.bin");
    }

    @Test
    void aFlippedByteInTheSignaturesIsACacheMiss() throws Exception {
        assertEveryFlipRecomputes("signatures.tsv");
    }

    @Test
    void hugeLengthFieldsAreACacheMissNotAnOutOfMemoryError() throws Exception {
        // the old, unframed layout and the framed one with a valid checksum: neither may size an array from them
        byte[] history = payload(out -> {
            out.writeUTF("sanshen history cache v1");
            out.writeInt(1);
            out.write(new byte[20]);
            out.writeInt(Integer.MAX_VALUE - 8);
        });
        byte[] report = payload(out -> {
            out.writeUTF("sanshen review report v1");
            out.writeInt(Integer.MAX_VALUE - 8);
        });
        for (byte[] bytes : List.of(history, framed(history))) {
            plant("history.bin", bytes);
            assertThat(view(review(cache))).isEqualTo(expected);
        }
        for (byte[] bytes : List.of(report, framed(report))) {
            plant("report.bin", bytes);
            assertThat(view(review(cache))).isEqualTo(expected);
        }
    }

    private static byte[] payload(CacheFile.Writer w) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            w.write(out);
        }
        return bytes.toByteArray();
    }

    /** The payload as the cache writer frames it (valid header and checksum), as a meddler could write it. */
    private byte[] framed(byte[] payload) throws Exception {
        Path file = tmp.resolve("framed.bin");
        CacheFile.write(file, out -> out.write(payload));
        return Files.readAllBytes(file);
    }
}
