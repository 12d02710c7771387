package io.sanshen.deploy;

import io.sanshen.build.SiteManifest;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;

/**
 * 网页防篡改: compares a web root (a folder of a target) with the signed manifest — files added, changed (other
 * bytes, or a link where a file was) and missing — and can put the signed bytes back. A restored file is taken
 * only from a copy whose SHA-256 is the manifest's (a copy tampered with too is never used) and written beside
 * its place, then renamed over it.
 */
public final class Guard {
    /** Where a good copy of a file may be found: a folder of a target. */
    public record Source(Target target, String dir) {
    }

    /** What differs from the manifest, by path below the web root. */
    public record Report(List<String> added, List<String> changed, List<String> missing) {
        public Report {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            missing = List.copyOf(missing);
        }

        public boolean clean() {
            return added.isEmpty() && changed.isEmpty() && missing.isEmpty();
        }

        /** One blocker per difference, named by its path below {@code where}. */
        public List<Finding> findings(String where) {
            List<Finding> out = new ArrayList<>();
            added.forEach(p -> out.add(finding("guard.added", where, p, "多出的文件（清单中没有）", "a file the manifest does not list")));
            changed.forEach(p -> out.add(finding("guard.changed", where, p, "内容被改动（与签名清单的 SHA-256 不符）",
                    "changed (its SHA-256 is not the signed manifest's)")));
            missing.forEach(p -> out.add(finding("guard.missing", where, p, "文件缺失", "missing")));
            return out;
        }

        private static Finding finding(String rule, String where, String path, String zh, String en) {
            return Finding.of(rule, Severity.BLOCKER, SourcePos.file(where.isEmpty() ? path : where + "/" + path),
                    Text.of("与签名的网站清单不一致：" + zh + "。", "Differs from the signed site manifest: " + en + "."),
                    Text.of("运行 sanshen guard --restore 恢复签名版本，并查明改动来源。",
                            "Run 'sanshen guard --restore' to put the signed version back, and find out who changed it."));
        }
    }

    private Guard() {
    }

    public static Report compare(Target target, String root, SiteManifest manifest) throws IOException {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        SortedMap<String, Target.Kind> found = target.walk(root);
        for (Map.Entry<String, Target.Kind> e : found.entrySet()) {
            String path = e.getKey();
            if (path.equals(SiteManifest.FILE) || path.equals(SiteManifest.SIGNATURE)) {
                continue;
            }
            String expected = manifest.files().get(path);
            if (expected == null) {
                added.add(path);
            } else if (e.getValue() != Target.Kind.FILE || !expected.equals(SiteManifest.sha256(target.read(root + "/" + path)))) {
                changed.add(path);
            }
        }
        List<String> missing = manifest.files().keySet().stream().filter(p -> !found.containsKey(p)).toList();
        return new Report(added, changed, missing);
    }

    /**
     * Deletes added files and writes back changed and missing ones from the first source holding the signed
     * bytes. Returns the paths that could not be restored (no good copy anywhere).
     */
    public static List<String> restore(Target target, String root, SiteManifest manifest, Report report,
            List<Source> sources) throws IOException {
        for (String path : report.added()) {
            target.delete(root + "/" + path);
        }
        List<String> lost = new ArrayList<>();
        List<String> damaged = new ArrayList<>(report.changed());
        damaged.addAll(report.missing());
        for (String path : damaged) {
            Optional<byte[]> good = goodCopy(path, manifest.files().get(path), sources);
            if (good.isEmpty()) {
                lost.add(path);
                continue;
            }
            String place = root + "/" + path;
            int slash = place.lastIndexOf('/');
            target.mkdirs(place.substring(0, slash));
            String temp = place.substring(0, slash + 1) + ".sanshen-restore-" + UUID.randomUUID().toString().substring(0, 8);
            target.write(temp, new ByteArrayInputStream(good.get()));
            if (target.kind(place).orElse(Target.Kind.FILE) == Target.Kind.DIRECTORY) {
                target.delete(place); // a folder put where a file was: rename cannot replace it
            }
            target.replace(temp, place);
        }
        return lost;
    }

    private static Optional<byte[]> goodCopy(String path, String sha256, List<Source> sources) {
        for (Source s : sources) {
            try {
                String at = s.dir().equals(".") ? path : s.dir() + "/" + path;
                if (s.target().kind(at).orElse(Target.Kind.OTHER) != Target.Kind.FILE) {
                    continue;
                }
                byte[] bytes = SignedManifest.readAll(s.target(), at);
                if (SiteManifest.sha256(bytes).equals(sha256)) {
                    return Optional.of(bytes);
                }
            } catch (IOException e) {
                // an unreadable copy is no copy: try the next source
            }
        }
        return Optional.empty();
    }
}
