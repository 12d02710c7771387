package io.sanshen.deploy;

import io.sanshen.config.DeployTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Opens the target a config entry names, and lists the places a good copy of a file may be restored from. */
public final class Targets {
    private Targets() {
    }

    /** A folder of this machine, or a server over SFTP logged into with {@code key} (required then). */
    public static Target open(DeployTarget target, Optional<Path> key) throws IOException {
        if (!target.remote()) {
            return new LocalTarget(target.name(), Path.of(target.path()));
        }
        return SftpTarget.open(target, key.orElseThrow(() -> new IOException("target " + target.name()
                + " is reached over SSH: give the deploy key (--key or SANSHEN_DEPLOY_KEY)")));
    }

    /** A web root folder on this machine (for {@code guard --dir}). */
    public static Target folder(Path dir) {
        return new LocalTarget("web", dir);
    }

    /** Restore sources: a pristine copy given by the user first, then every release kept on the target. */
    public static List<Guard.Source> restoreSources(Optional<Path> pristine, Optional<Target> deployRoot) throws IOException {
        List<Guard.Source> sources = new java.util.ArrayList<>();
        pristine.ifPresent(p -> sources.add(new Guard.Source(folder(p), ".")));
        if (deployRoot.isPresent()) {
            for (String id : new Releases(deployRoot.get()).all()) {
                sources.add(new Guard.Source(deployRoot.get(), Releases.path(id)));
            }
        }
        return sources;
    }

    /** The web root inside a deploy root. */
    public static String webRoot() {
        return Releases.CURRENT;
    }
}
