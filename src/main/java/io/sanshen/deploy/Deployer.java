package io.sanshen.deploy;

import io.sanshen.build.SiteManifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes a checked output (see {@link DeployGate}) to one target: uploads it into a new release folder — files
 * whose bytes the live release already holds are linked there instead of uploaded again —, switches
 * {@code current} to it in one rename, and prunes old releases. A deployment cut off at any point leaves the live
 * release as it was; the next one removes the partial folder. {@link #rollback} switches back one release.
 */
public final class Deployer {
    /**
     * What one deployment or rollback did.
     *
     * @param previous the release that was live before, if any
     */
    public record Result(String target, String release, Optional<String> previous, int uploaded, int linked,
                         List<String> pruned) {
    }

    private Deployer() {
    }

    public static Result deploy(Path output, SiteManifest manifest, Target target, int keep) throws IOException {
        Releases releases = new Releases(target);
        Optional<String> previous = releases.current();
        String id = manifest.buildId();
        int uploaded = 0;
        int linked = 0;
        if (!releases.exists(id)) {
            Map<String, String> live = previous.flatMap(p -> manifestOf(target, Releases.path(p)))
                    .<Map<String, String>>map(SiteManifest::files).orElse(Map.of());
            String partial = releases.beginPartial(id);
            Set<String> dirs = new HashSet<>();
            for (Map.Entry<String, String> f : manifest.files().entrySet()) {
                String dest = partial + "/" + f.getKey();
                mkdirsOnce(target, dest, dirs);
                if (f.getValue().equals(live.get(f.getKey()))
                        && target.hardLink(Releases.path(previous.get()) + "/" + f.getKey(), dest)) {
                    linked++;
                } else {
                    upload(output.resolve(f.getKey()), f.getValue(), target, dest);
                    uploaded++;
                }
            }
            // the manifest goes last: a release folder holding it was uploaded whole
            for (String meta : List.of(SiteManifest.SIGNATURE, SiteManifest.FILE)) {
                try (InputStream in = Files.newInputStream(output.resolve(meta))) {
                    target.write(partial + "/" + meta, in);
                }
            }
            releases.complete(partial, id);
        }
        releases.switchTo(id);
        List<String> pruned = releases.prune(keep);
        return new Result(target.describe(), id, previous.filter(p -> !p.equals(id)), uploaded, linked, pruned);
    }

    /** Switches {@code current} to the release before it; empty when there is none to go back to. */
    public static Optional<Result> rollback(Target target) throws IOException {
        Releases releases = new Releases(target);
        Optional<String> current = releases.current();
        List<String> all = releases.all();
        int at = current.map(all::indexOf).orElse(-1);
        if (at < 1) {
            return Optional.empty();
        }
        String back = all.get(at - 1);
        releases.switchTo(back);
        return Optional.of(new Result(target.describe(), back, current, 0, 0, List.of()));
    }

    /** SHA-256 of the manifest of release {@code id} on {@code target} (what the ledger records); "-" when unreadable. */
    public static String manifestSha256(Target target, String id) {
        return manifestOf(target, Releases.path(id)).map(SiteManifest::sha256).orElse("-");
    }

    /** The manifest inside a release folder (already checked when it was deployed); empty when unreadable. */
    static Optional<SiteManifest> manifestOf(Target target, String dir) {
        try {
            return Optional.of(SiteManifest.parse(SignedManifest.readAll(target, dir + "/" + SiteManifest.FILE)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void mkdirsOnce(Target target, String file, Set<String> dirs) throws IOException {
        String dir = file.substring(0, file.lastIndexOf('/'));
        if (dirs.add(dir)) {
            target.mkdirs(dir);
        }
    }

    /** Uploads one file, hashing what is sent: bytes changed since the check stop the deployment. */
    private static void upload(Path source, String sha256, Target target, String dest) throws IOException {
        MessageDigest md = SiteManifest.newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), md)) {
            target.write(dest, in);
        }
        if (!SiteManifest.hex(md.digest()).equals(sha256)) {
            throw new IOException(source + " changed while it was uploaded (its SHA-256 is not the manifest's)");
        }
    }
}
