package io.sanshen.review;

import io.sanshen.config.ConfigFiles;
import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.SiteLayout;
import io.sanshen.diag.Finding;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * One version of site-config.yml from history, decoded with the key files of one tree. Key files
 * ({@code {openpgp: path}}) are part of the policy: a version is only ever decoded from a tree that an admin
 * signed over (the admin approval that admits it, or the trust-root bootstrap), and {@code keyFiles} remembers which
 * blobs it read, so that admin approvals made over different key files are told apart.
 *
 * @param blob     the site-config.yml blob
 * @param index    the commit that first brought it, or whose tree it was decoded from
 * @param config   the decoded config, empty when that version is invalid
 * @param keyFiles every file the config referred to, with the blob read (null when absent)
 */
record PolicyVersion(ObjectId blob, int index, Optional<SiteConfig> config, List<Finding> findings,
                     Map<String, ObjectId> keyFiles, SiteLayout layout) {

    static PolicyVersion read(Repository repo, ObjectId blob, int index, ObjectId tree) throws IOException {
        byte[] bytes = repo.open(blob, Constants.OBJ_BLOB).getCachedBytes(4 << 20);
        Map<String, ObjectId> read = new LinkedHashMap<>();
        ConfigResult r = ConfigLoader.parse(bytes, treeFiles(repo, tree, read));
        return new PolicyVersion(blob, index, r.config(), r.findings(), read, SiteLayout.of(r.config().orElse(null)));
    }

    /** Key files read from the given tree only, never from the work tree; regular files only. */
    private static ConfigFiles treeFiles(Repository repo, ObjectId tree, Map<String, ObjectId> read) {
        return path -> {
            try (TreeWalk tw = TreeWalk.forPath(repo, path, tree)) {
                if (tw == null || tw.getFileMode(0).getObjectType() != Constants.OBJ_BLOB
                        || tw.getFileMode(0) == FileMode.SYMLINK) {
                    read.put(path, null);
                    return Optional.empty();
                }
                read.put(path, tw.getObjectId(0).copy());
                return Optional.of(repo.open(tw.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(1 << 20));
            }
        };
    }

    /** True when {@code tree} holds exactly the key files this version was decoded with. */
    boolean sameKeyFiles(HistoryScan scan, ObjectId tree) throws IOException {
        for (Map.Entry<String, ObjectId> e : keyFiles.entrySet()) {
            if (!Objects.equals(e.getValue(), scan.blobAt(tree, e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    int version() {
        return config.map(c -> c.review().version()).orElse(Integer.MIN_VALUE);
    }
}
