package io.sanshen.check.rules;

import io.sanshen.diag.ChecksummedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * External link results kept for a day in {@code .sanshen-cache/links.tsv} under the site root (url, status,
 * checked-at, final url, detail; tab-separated), so repeated checks do not hammer other sites. A
 * {@link ChecksummedFile}: believed only when the user's cache key wrote it (a forged "link works" is a miss);
 * unreadable lines are skipped; the file is replaced whole.
 */
final class LinkCache {
    static final String FILE = ".sanshen-cache/links.tsv";
    static final Duration MAX_AGE = Duration.ofDays(1);
    private static final String KIND = "sanshen links v1\n";

    private record Entry(LinkStatus status, Instant checkedAt) {
    }

    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();

    LinkCache(Path siteRoot) {
        this.file = siteRoot.resolve(FILE);
        ChecksummedFile.read(file, KIND).ifPresent(bytes -> new String(bytes, StandardCharsets.UTF_8).lines().forEach(line -> {
            String[] f = line.split("\t", -1);
            if (f.length >= 4) {
                try {
                    entries.put(f[0], new Entry(new LinkStatus(Integer.parseInt(f[1]), f[3],
                            f.length > 4 ? f[4] : ""), Instant.parse(f[2])));
                } catch (NumberFormatException | DateTimeParseException e) {
                    // A damaged line only costs one more request.
                }
            }
        }));
    }

    /** The cached status of {@code url} when it was checked less than a day before {@code now}. */
    synchronized Optional<LinkStatus> fresh(String url, Instant now) {
        Entry e = entries.get(url);
        return e != null && e.checkedAt().plus(MAX_AGE).isAfter(now) ? Optional.of(e.status()) : Optional.empty();
    }

    synchronized void put(String url, LinkStatus status, Instant now) {
        entries.put(url, new Entry(status, now));
    }

    synchronized void save() {
        StringBuilder b = new StringBuilder();
        entries.forEach((url, e) -> b.append(url).append('\t').append(e.status().status()).append('\t')
                .append(e.checkedAt()).append('\t').append(e.status().finalUrl()).append('\t')
                .append(e.status().detail()).append('\n'));
        ChecksummedFile.write(file, KIND, b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
