package io.sanshen.review;

import io.sanshen.config.ConfigFiles;
import io.sanshen.config.ConfigLoader;
import io.sanshen.config.ConfigResult;
import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Finding;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * One version of site-config.yml from history, decoded with the key files of the commit that brought it.
 *
 * @param blob   the site-config.yml blob
 * @param index  topological index of the commit that first brought it
 * @param config the decoded config, empty when that version is invalid
 */
record PolicyVersion(ObjectId blob, int index, Optional<SiteConfig> config, List<Finding> findings) {

    static PolicyVersion read(Repository repo, ObjectId blob, int index, ObjectId tree) throws IOException {
        byte[] bytes = repo.open(blob, Constants.OBJ_BLOB).getCachedBytes(4 << 20);
        ConfigResult r = ConfigLoader.parse(bytes, treeFiles(repo, tree));
        return new PolicyVersion(blob, index, r.config(), r.findings());
    }

    /** Key files read from the same tree as the config, never from the work tree. */
    static ConfigFiles treeFiles(Repository repo, ObjectId tree) {
        return path -> {
            try (TreeWalk tw = TreeWalk.forPath(repo, path, tree)) {
                if (tw == null || tw.getFileMode(0).getObjectType() != Constants.OBJ_BLOB
                        || tw.getFileMode(0) == org.eclipse.jgit.lib.FileMode.SYMLINK) {
                    return Optional.empty();
                }
                return Optional.of(repo.open(tw.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(1 << 20));
            }
        };
    }

    int version() {
        return config.map(c -> c.review().version()).orElse(Integer.MIN_VALUE);
    }
}
