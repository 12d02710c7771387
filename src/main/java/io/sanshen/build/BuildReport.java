package io.sanshen.build;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Severity;
import java.util.List;

/** The outcome of a successful build: what was published and left out, findings, and how long it took. */
public record BuildReport(int items, int pages, int files, List<Exclusion> excluded, List<Finding> findings,
                          long millis) {

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** The one-line summary printed after a build. */
    public String summary(Lang lang) {
        String seconds = String.format(java.util.Locale.ROOT, "%.2f", millis / 1000.0);
        return lang == Lang.EN
                ? "Built " + items + " items into " + pages + " pages (" + files + " files) in " + seconds + " s; "
                        + excluded.size() + " left out, " + warnings() + " warnings."
                : "构建完成：" + items + " 条信息，" + pages + " 个页面（" + files + " 个文件），耗时 " + seconds + " 秒；未发布 "
                        + excluded.size() + " 条，警告 " + warnings() + " 条。";
    }
}
