package io.sanshen.build;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a successful build: what was published and left out, findings, and how long it took.
 *
 * @param olderVersions items edited since their approval, published in their last approved version
 * @param preview       a preview of the work tree (unapproved content watermarked), never to be deployed
 */
public record BuildReport(int items, int pages, int files, List<Exclusion> excluded, List<Finding> findings,
                          long millis, List<Exclusion> olderVersions, boolean preview) {
    public BuildReport {
        excluded = List.copyOf(excluded);
        findings = List.copyOf(findings);
        olderVersions = List.copyOf(olderVersions);
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** The one-line summary printed after a build. */
    public String summary(Lang lang) {
        String seconds = String.format(java.util.Locale.ROOT, "%.2f", millis / 1000.0);
        return lang == Lang.EN
                ? (preview ? "PREVIEW (not for deployment, unapproved content watermarked): " : "")
                        + "Built " + items + " items into " + pages + " pages (" + files + " files) in " + seconds + " s; "
                        + excluded.size() + " left out, " + olderVersions.size() + " kept at their last approved version, "
                        + warnings() + " warnings."
                : (preview ? "预览构建（不得上线，未审核内容带“预览·未审核”水印）：" : "")
                        + "构建完成：" + items + " 条信息，" + pages + " 个页面（" + files + " 个文件），耗时 " + seconds
                        + " 秒；未发布 " + excluded.size() + " 条，沿用上次审核通过版本 " + olderVersions.size() + " 条，警告 "
                        + warnings() + " 条。";
    }

    /**
     * The blockers in the files of the items and files left out (a bundle's {@code index.md} stands for its folder):
     * what the preview shows for a page it could not build.
     */
    public List<Finding> blockersOfLeftOut() {
        List<String> paths = excluded.stream().map(Exclusion::path).toList();
        return findings.stream().filter(Finding::isBlocker).filter(f -> paths.stream().anyMatch(p -> f.pos().path().equals(p)
                || p.endsWith("/index.md") && f.pos().path().startsWith(p.substring(0, p.length() - "index.md".length()))))
                .toList();
    }

    /** One line per item left out or kept at an older version, with the reason. */
    public List<String> details(Lang lang) {
        List<String> out = new ArrayList<>();
        String left = lang == Lang.EN ? "left out" : "未发布";
        String older = lang == Lang.EN ? "older version" : "沿用旧版";
        excluded.forEach(e -> out.add(left + "\t" + e.path() + "\t" + e.reason().in(lang)));
        olderVersions.forEach(e -> out.add(older + "\t" + e.path() + "\t" + e.reason().in(lang)));
        return out;
    }
}
