package io.sanshen.review;

import io.sanshen.config.ReviewPolicy;
import io.sanshen.config.Reviewer;
import io.sanshen.review.signature.Verification;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Who wrote a file version — the reviewer whose key signed the commit that first brought it (when content commits
 * are signed) and every reviewer whose registered e-mail is that commit's author — and the item flags.
 */
final class Authorship {
    private final HistoryScan scan;
    private final Map<Integer, Verification> verified;
    private final Map<ObjectId, ItemFlags> flags = new HashMap<>();

    Authorship(HistoryScan scan, Map<Integer, Verification> verified) {
        this.scan = scan;
        this.verified = verified;
    }

    Set<String> authorsOf(String path, ObjectId blob, ReviewPolicy policy) {
        Set<String> names = new TreeSet<>();
        int at = scan.introducer(path, blob);
        if (at < 0) {
            return names;
        }
        CommitNode node = scan.nodes().get(at);
        for (Reviewer r : policy.reviewers()) {
            if (r.emails().stream().anyMatch(e -> e.equalsIgnoreCase(node.authorEmail()))) {
                names.add(r.name());
            }
        }
        Verification v = verified.get(at);
        if (v != null && v.isGood()) {
            policy.reviewerByKey(v.keyFingerprint()).ifPresent(r -> names.add(r.name()));
        }
        return names;
    }

    /** Flags of a Markdown version, or of the bundle's index.md in {@code tree} for a bundle resource. */
    ItemFlags flags(String path, ObjectId blob, ObjectId tree) throws IOException {
        if (path.endsWith(".md")) {
            return read(blob);
        }
        for (String dir = parent(path); dir.startsWith("content/"); dir = parent(dir)) {
            ObjectId index = scan.blobAt(tree, dir + "/index.md");
            if (index != null) {
                return read(index);
            }
        }
        return ItemFlags.NONE;
    }

    ItemFlags read(ObjectId blob) throws IOException {
        ItemFlags f = flags.get(blob);
        if (f == null) {
            f = ItemFlags.of(scan.repo().open(blob, Constants.OBJ_BLOB).getCachedBytes(8 << 20));
            flags.put(blob, f);
        }
        return f;
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
