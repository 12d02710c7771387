package io.sanshen.cli;

import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Lang;
import io.sanshen.review.PathReview;
import io.sanshen.review.PathReview.Status;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code status} as text for people: a summary line, then what still needs someone (overdue first, drafts last),
 * then uncommitted changes nobody can approve yet, then what is done.
 */
final class StatusView {
    private final Lang lang;
    private final Optional<SiteConfig> policy;
    private final ScheduledDays scheduled;

    StatusView(Lang lang, Optional<SiteConfig> policy, ScheduledDays scheduled) {
        this.lang = lang;
        this.policy = policy;
        this.scheduled = scheduled;
    }

    static boolean done(PathReview p) {
        return p.status() == Status.APPROVED || p.status() == Status.WITHDRAWN;
    }

    /** Everyone's view: every path and the uncommitted changes. */
    void print(PrintWriter out, List<PathReview> paths, List<WorkTreeChanges.Change> changes) {
        List<PathReview> todo = todo(paths);
        out.println(summary(paths, todo, changes));
        todo.forEach(p -> out.println(line(p)));
        for (WorkTreeChanges.Change c : changes) {
            out.println((lang == Lang.EN ? "UNCOMMITTED\t" : "未提交\t") + c.path() + "\t" + c.what().in(lang)
                    + (lang == Lang.EN ? ": commit it, then it can be reviewed" : "：提交（git commit）后才能审核"));
        }
        paths.stream().filter(StatusView::done).forEach(p -> out.println(line(p)));
    }

    /** My queue: only what waits for me. */
    void printMine(PrintWriter out, List<PathReview> waiting) {
        List<PathReview> todo = todo(waiting);
        long overdue = todo.stream().filter(PathReview::overdue).count();
        long drafts = todo.stream().filter(PathReview::draft).count();
        out.println(lang == Lang.EN ? todo.size() + " waiting for me (" + overdue + " overdue"
                + (drafts > 0 ? ", " + drafts + " of them drafts" : "") + ")."
                : "待我审核 " + todo.size() + " 个（逾期 " + overdue + " 个" + (drafts > 0 ? "，其中草稿 " + drafts + " 个" : "") + "）。");
        todo.forEach(p -> out.println(line(p)));
    }

    /** What still needs someone: overdue first, drafts last. */
    private static List<PathReview> todo(List<PathReview> paths) {
        return paths.stream().filter(p -> !done(p))
                .sorted(Comparator.comparing(PathReview::draft).thenComparing(p -> !p.overdue())).toList();
    }

    private String line(PathReview p) {
        return ReviewSupport.line(p, lang, policy) + scheduled.day(p.path()).map(day -> lang == Lang.EN
                ? " (scheduled until " + day + ")" : "（定时发布：" + day + " 起上线）").orElse("");
    }

    private String summary(List<PathReview> paths, List<PathReview> todo, List<WorkTreeChanges.Change> changes) {
        long overdue = todo.stream().filter(PathReview::overdue).count();
        long drafts = todo.stream().filter(PathReview::draft).count();
        long approved = paths.stream().filter(p -> p.status() == Status.APPROVED).count();
        long withdrawn = paths.stream().filter(p -> p.status() == Status.WITHDRAWN).count();
        if (lang == Lang.EN) {
            return paths.size() + " files: " + todo.size() + " to do (" + overdue + " overdue"
                    + (drafts > 0 ? ", " + drafts + " of them drafts" : "") + "), " + approved + " approved"
                    + (withdrawn > 0 ? ", " + withdrawn + " withdrawn" : "")
                    + (changes.isEmpty() ? "" : "; " + changes.size() + " uncommitted change(s) (commit before review)") + ".";
        }
        return "共 " + paths.size() + " 个文件：待办 " + todo.size() + " 个（逾期 " + overdue + " 个"
                + (drafts > 0 ? "，其中草稿 " + drafts + " 个" : "") + "），已审核 " + approved + " 个"
                + (withdrawn > 0 ? "，已撤稿 " + withdrawn + " 个" : "")
                + (changes.isEmpty() ? "" : "；未提交的修改 " + changes.size() + " 个（提交后才能审核）") + "。";
    }
}
