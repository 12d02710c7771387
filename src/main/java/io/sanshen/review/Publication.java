package io.sanshen.review;

import io.sanshen.content.SiteLayout;
import io.sanshen.diag.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What a review lets go online: for each path the blob to publish. A bundle item (its {@code index.md} and every
 * resource, grouped by the shared {@link SiteLayout}) goes online whole, in its last whole approved state as the
 * review log has it online ({@link ReviewReport#online()}, the state the ledger shows): an edited page or a new,
 * renamed or edited attachment that is not yet approved leaves that state online — mixing an approved page with an
 * attachment that lacks approval, or the reverse, could put unreviewed bytes online or links to nothing. Items left
 * out say why; items still online in an older approved version are listed too.
 *
 * @param files     path → blob to publish
 * @param withheld  items (their Markdown file) not published, with the reason; and files of a bundle online in an
 *                  older state that are not published because they await approval
 * @param older     items whose HEAD version awaits approval while the last approved one stays online
 */
public record Publication(Map<String, ObjectId> files, List<Withheld> withheld, List<String> older) {
    public record Withheld(String path, Text reason) {
    }

    static Publication of(List<PathReview> paths, Map<String, ObjectId> online, SiteLayout layout) {
        Map<String, PathReview> byPath = new LinkedHashMap<>();
        Map<String, List<PathReview>> bundles = new LinkedHashMap<>();
        List<PathReview> loose = new ArrayList<>();
        for (PathReview p : paths) {
            byPath.put(p.path(), p);
            SiteLayout.Placement place = layout.place(p.path());
            if (p.kind() == PathKind.CONTENT && place.inBundle()) {
                bundles.computeIfAbsent(place.itemPath(), k -> new ArrayList<>()).add(p);
            } else {
                loose.add(p);
            }
        }
        Map<String, ObjectId> files = new LinkedHashMap<>();
        List<Withheld> withheld = new ArrayList<>();
        List<String> older = new ArrayList<>();
        for (Map.Entry<String, List<PathReview>> bundle : bundles.entrySet()) {
            PathReview index = byPath.get(bundle.getKey());
            Map<String, ObjectId> live = liveFiles(bundle.getKey(), online, layout);
            if (index == null) {
                withheld.add(new Withheld(bundle.getValue().get(0).path(), Text.of("所在稿件目录没有 index.md，附件不发布",
                        "its item folder has no index.md, so the attachment is not published")));
            } else if (!live.containsKey(index.path()) || bundle.getValue().stream().anyMatch(Publication::neverOnline)) {
                List<PathReview> missing = bundle.getValue().stream().filter(p -> p.publishedBlob().isEmpty()).toList();
                withheld.add(new Withheld(index.path(), missing.isEmpty() || missing.contains(index) ? reason(index)
                        : Text.of("附件未经审核：" + missing.get(0).path(), "attachment not approved: " + missing.get(0).path())));
            } else {
                files.putAll(live);
                for (PathReview p : bundle.getValue()) {
                    if (!live.containsKey(p.path()) && !p.blob().equals(ObjectId.zeroId())) {
                        withheld.add(new Withheld(p.path(), Text.of("附件待审核，不发布；稿件保持上次审核通过的状态（"
                                + reason(p).zh() + "）", "attachment awaits approval and is not published; the item keeps "
                                + "its last approved state (" + reason(p).en() + ")")));
                    }
                }
                if (bundle.getValue().stream().anyMatch(p -> !p.blob().equals(live.get(p.path())))) {
                    older.add(index.path());
                }
            }
        }
        for (PathReview p : loose) {
            Optional<ObjectId> blob = p.publishedBlob();
            blob.ifPresent(b -> files.put(p.path(), b));
            if (p.kind() != PathKind.CONTENT || !p.path().endsWith(".md")) {
                continue;
            }
            if (blob.isEmpty()) {
                withheld.add(new Withheld(p.path(), reason(p)));
            } else if (p.status() != PathReview.Status.APPROVED) {
                older.add(p.path());
            }
        }
        return new Publication(files, withheld, older);
    }

    /** The files of the bundle whose index is {@code itemPath} that the review log has online. */
    private static Map<String, ObjectId> liveFiles(String itemPath, Map<String, ObjectId> online, SiteLayout layout) {
        Map<String, ObjectId> live = new LinkedHashMap<>();
        online.forEach((path, blob) -> {
            SiteLayout.Placement place = layout.place(path);
            if (place.inBundle() && place.itemPath().equals(itemPath)) {
                live.put(path, blob);
            }
        });
        return live;
    }

    /** A file no rule covers keeps its whole bundle offline, whatever the log had online (deny by default). */
    private static boolean neverOnline(PathReview p) {
        return p.status() == PathReview.Status.UNCOVERED;
    }

    private static Text reason(PathReview p) {
        if (p.draft()) {
            return Text.of("草稿（draft: true）", "draft (draft: true)");
        }
        return switch (p.status()) {
            case WITHDRAWN -> Text.of("已撤稿（失效审批通过）", "withdrawn (approved withdrawal)");
            case REJECTED -> Text.of("审核未通过（被驳回），且没有此前通过的版本", "rejected, and no earlier version was approved");
            case UNCOVERED -> Text.of("没有审核规则覆盖此文件（栏目未配置或文件名不合规），不予发布",
                    "no review rule covers this file (no column, or an invalid file name)");
            default -> Text.of("未经审核通过（尚缺：" + p.waitingFor() + "）",
                    "never approved (waiting for " + p.waitingFor() + ")");
        };
    }
}
