package io.sanshen.review;

import io.sanshen.review.signature.Message;
import io.sanshen.review.signature.Verification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verification results by commit id in {@code .sanshen-cache/signatures.tsv}, so the second {@code verify} skips
 * the cryptography. Only results that do not depend on the key set are kept: a commit id fixes its bytes, so
 * "good by key F", "bad for key F", "unsigned" and "malformed" stay true; "unknown key" is not cached because a
 * later policy may register that key. Callers must not use a cache directory that is tracked in the repository.
 */
final class SignatureCache {
    static final String DIR = ".sanshen-cache";
    private static final String FILE = "signatures.tsv";
    private static final String HEADER = "# sanshen signature cache v1";

    private final Path file;
    private final Map<String, Verification> entries = new ConcurrentHashMap<>();
    private boolean dirty;

    private SignatureCache(Path file) {
        this.file = file;
    }

    /** An in-memory cache that is never written. */
    static SignatureCache none() {
        return new SignatureCache(null);
    }

    static SignatureCache open(Path siteRoot) {
        SignatureCache cache = new SignatureCache(siteRoot.resolve(DIR).resolve(FILE));
        CacheFile.read(cache.file, in -> {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return null;
            }
            Map<String, Verification> read = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length == 4) {
                    read.put(f[0], new Verification(Verification.Status.valueOf(f[1]), f[2], f[3],
                            new Message("sig.cached", "", "")));
                }
            }
            return read;
        }).ifPresent(cache.entries::putAll); // a damaged or missing cache is only a slower run
        return cache;
    }

    Verification get(String commitId) {
        return entries.get(commitId);
    }

    void put(String commitId, Verification v) {
        if (v.status() != Verification.Status.UNKNOWN_KEY) {
            entries.put(commitId, v);
            dirty = true;
        }
    }

    int size() {
        return entries.size();
    }

    void save() {
        if (file == null || !dirty) {
            return;
        }
        StringBuilder tsv = new StringBuilder(HEADER).append('\n');
        for (var e : entries.entrySet()) {
            Verification v = e.getValue();
            tsv.append(e.getKey()).append('\t').append(v.status()).append('\t').append(v.keyFingerprint()).append('\t')
                    .append(v.signerFingerprint()).append('\n');
        }
        CacheFile.write(file, out -> out.write(tsv.toString().getBytes(StandardCharsets.UTF_8)));
        dirty = false;
    }
}
