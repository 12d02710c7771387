package io.sanshen.cli;

import io.sanshen.diag.Lang;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewReport;
import java.io.PrintWriter;
import java.util.List;

/**
 * What happens next to the items a record was just written for: who acts at which level and by when (the
 * review's working-day deadline), or that the item is now complete and goes online with the next build.
 */
final class NextSteps {
    private NextSteps() {
    }

    static void print(ReviewReport after, List<String> paths, Lang lang, PrintWriter out) {
        boolean en = lang == Lang.EN;
        for (String path : paths) {
            PathReview p = after.path(path).orElse(null);
            if (p == null) {
                continue;
            }
            String says = switch (p.status()) {
                case APPROVED -> en ? "review complete; it goes online with the next `sanshen build`"
                        : "审核已全部完成，下次运行 sanshen build 即上线";
                case REJECTED -> en ? "rejected; it needs a new version, whose review starts again at level 1"
                        : "已退回，须修改并提交新版本后从一审重新审核";
                case WITHDRAWN -> en ? "withdrawn; it leaves the site with the next `sanshen build`"
                        : "已撤稿，下次运行 sanshen build 即下线";
                default -> waiting(p, after, lang);
            };
            out.println((en ? "next: " : "下一步：") + path + (en ? ": " : "：") + says);
        }
    }

    private static String waiting(PathReview p, ReviewReport after, Lang lang) {
        boolean en = lang == Lang.EN;
        String level = ReviewWords.level(p.waitingFor(), after.policy(), lang);
        String who = p.nextReviewers().isEmpty() ? (en ? "nobody holds this role: ask the site admins"
                : "无人担任此角色，请联系网站管理员")
                : String.join(en ? ", " : "、", p.nextReviewers());
        String due = p.due() == null ? "" : (en ? ", due " + p.due() : "，期限 " + p.due())
                + (p.overdue() ? (en ? " (overdue)" : "（已逾期）") : "");
        return en ? "waiting for " + level + " by " + who + due : "待" + level + "，审核人：" + who + due;
    }
}
