package io.sanshen.ledger;

import io.sanshen.config.ConfigFiles;
import io.sanshen.config.ConfigLoader;
import io.sanshen.config.SiteConfig;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * site-config.yml as committed in a given tree, decoded once per blob. Used only to name reviewers, levels and
 * units that the policy in force at HEAD no longer lists; whether a record counts is the review engine's call.
 */
final class PolicyAt {
    private final Repository repo;
    private final Map<ObjectId, Optional<SiteConfig>> byBlob = new HashMap<>();

    PolicyAt(Repository repo) {
        this.repo = repo;
    }

    Optional<SiteConfig> in(ObjectId tree) throws IOException {
        ObjectId blob = blobAt(repo, tree, SiteConfig.FILE);
        if (blob == null) {
            return Optional.empty();
        }
        if (!byBlob.containsKey(blob)) {
            byte[] bytes = repo.open(blob, Constants.OBJ_BLOB).getCachedBytes(4 << 20);
            byBlob.put(blob, ConfigLoader.parse(bytes, files(tree)).config());
        }
        return byBlob.get(blob);
    }

    /** Key files are read from the same tree, never from the work tree. */
    private ConfigFiles files(ObjectId tree) {
        return path -> {
            ObjectId b = blobAt(repo, tree, path);
            return b == null ? Optional.empty() : Optional.of(repo.open(b, Constants.OBJ_BLOB).getCachedBytes(1 << 20));
        };
    }

    /** The regular file at {@code path} in {@code tree}, or null. */
    static ObjectId blobAt(Repository repo, ObjectId tree, String path) throws IOException {
        try (TreeWalk tw = TreeWalk.forPath(repo, path, tree)) {
            if (tw == null || tw.getFileMode(0).getObjectType() != Constants.OBJ_BLOB || tw.getFileMode(0) == FileMode.SYMLINK) {
                return null;
            }
            return tw.getObjectId(0);
        }
    }
}
