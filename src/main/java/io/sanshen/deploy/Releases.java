package io.sanshen.deploy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The layout of a deploy root: each release in {@code releases/<build id>/}, and {@code current}, a symbolic link
 * to {@code releases/<id>} that the web server serves. A release is uploaded under a {@code .partial-} name and
 * renamed when complete, so a folder with a release's name is always whole; the link is switched by renaming a
 * new link over it, so a reader sees the old release or the new one, never a mix or nothing. Build ids begin
 * with the build time, so their order is the order of the builds.
 */
final class Releases {
    static final String DIR = "releases";
    static final String CURRENT = "current";
    private static final String PARTIAL = ".partial-";
    private static final Pattern ID = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{12}");

    private final Target target;

    Releases(Target target) {
        this.target = target;
    }

    static String path(String id) {
        return DIR + "/" + id;
    }

    /** The release {@code current} points to, when it points to one. */
    Optional<String> current() throws IOException {
        return target.readLink(CURRENT).map(t -> t.substring(t.lastIndexOf('/') + 1)).filter(id -> ID.matcher(id).matches());
    }

    /** Complete releases, oldest first. */
    List<String> all() throws IOException {
        return target.list(DIR).stream().filter(n -> ID.matcher(n).matches()).sorted().toList();
    }

    boolean exists(String id) throws IOException {
        return target.kind(path(id)).orElse(Target.Kind.OTHER) == Target.Kind.DIRECTORY;
    }

    /** A fresh folder to upload release {@code id} into; folders a cut-off upload left are removed first. */
    String beginPartial(String id) throws IOException {
        for (String name : target.list(DIR)) {
            if (name.startsWith(PARTIAL)) {
                target.delete(DIR + "/" + name);
            }
        }
        String partial = DIR + "/" + PARTIAL + id + "-" + UUID.randomUUID().toString().substring(0, 8);
        target.mkdirs(partial);
        return partial;
    }

    /** Gives a completely uploaded folder its release name. */
    void complete(String partial, String id) throws IOException {
        target.replace(partial, path(id));
    }

    /** Points {@code current} at release {@code id} in one rename. */
    void switchTo(String id) throws IOException {
        String temp = ".current.new-" + UUID.randomUUID().toString().substring(0, 8);
        target.symlink(temp, path(id));
        try {
            target.replace(temp, CURRENT);
        } catch (IOException e) {
            target.delete(temp);
            throw e;
        }
    }

    /** Deletes the oldest releases beyond {@code keep}; the current one always stays. */
    List<String> prune(int keep) throws IOException {
        List<String> all = all();
        Optional<String> current = current();
        List<String> old = all.subList(0, Math.max(0, all.size() - keep)).stream()
                .filter(id -> current.map(c -> !c.equals(id)).orElse(true)).toList();
        for (String id : old) {
            target.delete(path(id));
        }
        return old;
    }
}
