package io.sanshen.build;

import io.sanshen.content.ContentSource;
import io.sanshen.content.SourceFile;
import io.sanshen.diag.Findings;
import io.sanshen.diag.Text;
import io.sanshen.review.PathKind;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, from the review, which content files the approved view keeps and why the others are left out. A bundle
 * (a folder with index.md and its attachments) is published whole or not at all: mixing an approved page with an
 * attachment that lacks approval, or the reverse, could put unreviewed bytes online.
 */
final class ApprovedContent {
    private final Set<String> dropped;

    private ApprovedContent(Set<String> dropped) {
        this.dropped = dropped;
    }

    static ApprovedContent of(ReviewReport report, List<Exclusion> excluded, List<Exclusion> older) {
        Map<String, PathReview> content = new LinkedHashMap<>();
        report.paths().stream().filter(p -> p.path().startsWith("content/") && p.kind() != PathKind.POLICY)
                .forEach(p -> content.put(p.path(), p));
        Set<String> bundles = new HashSet<>();
        content.keySet().stream().filter(p -> p.endsWith("/index.md"))
                .forEach(p -> bundles.add(p.substring(0, p.length() - "index.md".length())));
        // each file to the bundles it lies in, by its folders (not every bundle against every file: 100,000 items)
        Map<String, List<PathReview>> bundleFiles = new LinkedHashMap<>();
        List<PathReview> loose = new ArrayList<>();
        for (PathReview p : content.values()) {
            boolean inBundle = false;
            for (int slash = p.path().lastIndexOf('/'); slash > 0; slash = p.path().lastIndexOf('/', slash - 1)) {
                String dir = p.path().substring(0, slash + 1);
                if (bundles.contains(dir)) {
                    bundleFiles.computeIfAbsent(dir, d -> new ArrayList<>()).add(p);
                    inBundle = true;
                }
            }
            if (!inBundle && p.path().endsWith(".md")) {
                loose.add(p);
            }
        }
        Set<String> dropped = new HashSet<>();
        for (Map.Entry<String, List<PathReview>> bundle : bundleFiles.entrySet()) {
            List<PathReview> files = bundle.getValue();
            PathReview index = content.get(bundle.getKey() + "index.md");
            List<PathReview> missing = files.stream().filter(p -> p.publishedBlob().isEmpty()).toList();
            if (!missing.isEmpty()) {
                files.forEach(p -> dropped.add(p.path()));
                excluded.add(new Exclusion(index.path(), missing.contains(index) ? reason(index)
                        : Text.of("附件未经审核：" + missing.get(0).path(), "attachment not approved: " + missing.get(0).path())));
            } else if (files.stream().anyMatch(p -> p.status() != PathReview.Status.APPROVED)) {
                older.add(new Exclusion(index.path(), OLDER));
            }
        }
        for (PathReview p : loose) {
            if (p.publishedBlob().isEmpty()) {
                excluded.add(new Exclusion(p.path(), reason(p)));
            } else if (p.status() != PathReview.Status.APPROVED) {
                older.add(new Exclusion(p.path(), OLDER));
            }
        }
        return new ApprovedContent(dropped);
    }

    private static final Text OLDER = Text.of("新版本待审核，继续发布上次审核通过的版本",
            "new version awaits approval; the last approved version stays online");

    static Text reason(PathReview p) {
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

    /** {@code approved} without the files of incomplete bundles. */
    ContentSource source(ContentSource approved) {
        return new ContentSource() {
            @Override
            public List<SourceFile> list(String folder, Findings sink) throws IOException {
                return approved.list(folder, sink).stream().filter(f -> !dropped.contains(f.path())).toList();
            }

            @Override
            public String describe() {
                return approved.describe();
            }
        };
    }
}
