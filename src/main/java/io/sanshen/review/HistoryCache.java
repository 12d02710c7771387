package io.sanshen.review;

import io.sanshen.review.HistoryScan.PathBlob;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The tree work of a history scan, kept in {@code .sanshen-cache/history.bin} so that the next run over the same
 * (or a longer) history reads no trees: per commit the (path, blob) pairs its first-parent diff adds, and the
 * answers of {@code blobAt(tree, path)}. Every entry is keyed by a commit or tree id and derived only from the
 * immutable objects behind that id, so entries never go stale; like {@link SignatureCache}, the file is trusted
 * only when it is not tracked in the repository. Why it matters: in a column folder with n items, every diff and
 * every path lookup parses that folder's tree, so an uncached scan does O(n²) work.
 */
final class HistoryCache {
    private static final String FILE = "history.bin";
    private static final String MAGIC = "sanshen history cache v1";

    private final Path file;
    private final Map<ObjectId, List<PathBlob>> introductions = new HashMap<>();
    private final Map<TreePath, ObjectId> lookups = new HashMap<>();
    private boolean dirty;

    private HistoryCache(Path file) {
        this.file = file;
    }

    /** A cache that only lives for this run. */
    static HistoryCache none() {
        return new HistoryCache(null);
    }

    static HistoryCache open(Path siteRoot) {
        HistoryCache cache = new HistoryCache(siteRoot.resolve(SignatureCache.DIR).resolve(FILE));
        if (CacheFile.read(cache.file, cache::read).isEmpty()) {
            cache.introductions.clear(); // a damaged or missing cache is only a slower run
            cache.lookups.clear();
        }
        return cache;
    }

    /** What commit {@code id} adds relative to its first parent, or null when not cached. */
    List<PathBlob> introductions(ObjectId id) {
        return introductions.get(id);
    }

    void putIntroductions(ObjectId id, List<PathBlob> added) {
        introductions.put(id.copy(), List.copyOf(added));
        dirty = true;
    }

    boolean hasLookup(ObjectId tree, String path) {
        return lookups.containsKey(new TreePath(tree, path));
    }

    /** The cached blob at {@code path} in {@code tree}; null when absent (check {@link #hasLookup} first). */
    ObjectId lookup(ObjectId tree, String path) {
        return lookups.get(new TreePath(tree, path));
    }

    void putLookup(ObjectId tree, String path, ObjectId blob) {
        lookups.put(new TreePath(tree.copy(), path), blob == null ? null : blob.copy());
        dirty = true;
    }

    private record TreePath(ObjectId tree, String path) {
    }

    void save() {
        if (file != null && dirty) {
            CacheFile.write(file, this::write);
            dirty = false;
        }
    }

    private void write(DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        out.writeInt(introductions.size());
        for (Map.Entry<ObjectId, List<PathBlob>> e : introductions.entrySet()) {
            CacheFile.writeId(out, e.getKey());
            out.writeInt(e.getValue().size());
            for (PathBlob pb : e.getValue()) {
                CacheFile.writeId(out, pb.blob());
                out.writeUTF(pb.path());
            }
        }
        out.writeInt(lookups.size());
        for (Map.Entry<TreePath, ObjectId> e : lookups.entrySet()) {
            CacheFile.writeId(out, e.getKey().tree());
            out.writeUTF(e.getKey().path());
            out.writeBoolean(e.getValue() != null);
            if (e.getValue() != null) {
                CacheFile.writeId(out, e.getValue());
            }
        }
    }

    /** Fills the maps; returns null (nothing read) for a file of another format. */
    private Boolean read(DataInputStream in) throws IOException {
        if (!in.readUTF().equals(MAGIC)) {
            return null;
        }
        int commits = in.readInt();
        for (int i = 0; i < commits; i++) {
            ObjectId id = CacheFile.readId(in);
            int n = CacheFile.readCount(in, Constants.OBJECT_ID_LENGTH + 2);
            PathBlob[] added = new PathBlob[n];
            for (int j = 0; j < n; j++) {
                ObjectId blob = CacheFile.readId(in);
                added[j] = new PathBlob(in.readUTF(), blob);
            }
            introductions.put(id, List.of(added));
        }
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            TreePath key = new TreePath(CacheFile.readId(in), in.readUTF());
            lookups.put(key, in.readBoolean() ? CacheFile.readId(in) : null);
        }
        return Boolean.TRUE;
    }
}
