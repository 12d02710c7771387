package io.sanshen.cli;

import io.sanshen.approve.ReviewRepo;
import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import io.sanshen.diag.TimeZones;
import io.sanshen.inspect.Inspector;
import io.sanshen.inspect.StaleWarnings;
import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewEngine;
import io.sanshen.review.ReviewReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/** What the review commands share: the repository of the site, the engine options and JSON text escaping. */
final class ReviewSupport {
    private ReviewSupport() {
    }

    /** The site's repository, with its full history; a shallow clone is refused ({@link ShallowClone}). */
    static Repository open(Path siteRoot) throws IOException {
        if (!isRepository(siteRoot)) {
            // a wrong --site (or a copy without .git) is the user's to fix, not an I/O failure
            throw new UserError(io.sanshen.diag.Text.of(siteRoot + " 不是 Git 仓库的根目录（没有 .git）：审核记录保存在 Git 历史中。"
                    + "请用 --site 指向站点仓库的根目录，或在该目录中运行。", siteRoot + " is not the root of a Git work tree"
                    + " (no .git): approvals live in Git history. Point --site at the root of the site's repository, or run there."));
        }
        Repository repo = ReviewRepo.open(siteRoot);
        try {
            ShallowClone.refuse(repo);
        } catch (UserError e) {
            repo.close();
            throw e;
        }
        return repo;
    }

    /** The site root is the root of a Git work tree ({@code .git} a directory, or a file in a linked work tree). */
    static boolean isRepository(Path siteRoot) {
        return Files.isDirectory(siteRoot.resolve(".git")) || Files.isRegularFile(siteRoot.resolve(".git"));
    }

    static ReviewEngine engine(Repository repo, Path siteRoot, String trustRoot) {
        return ReviewRepo.engine(repo, siteRoot, trustRoot);
    }

    /** The engine judging deadlines and key age on {@code today} ({@code --today}). */
    static ReviewEngine engine(Repository repo, Path siteRoot, String trustRoot, LocalDate today) {
        return ReviewRepo.engine(repo, siteRoot, trustRoot, today);
    }

    /** The day deadlines and scheduled publication are judged against: today in Beijing time. */
    static LocalDate today() {
        return TimeZones.todayInChina();
    }

    /** One path's review state as a JSON object (status and verify {@code --format json}). */
    static Map<String, Object> json(PathReview p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", p.path());
        m.put("kind", p.kind().name());
        m.put("unit", p.unitId());
        m.put("blob", p.blob().name());
        m.put("status", p.status().name());
        m.put("waitingFor", p.waitingFor());
        m.put("important", p.important());
        m.put("draft", p.draft());
        m.put("due", p.due() == null ? null : p.due().toString());
        m.put("overdue", p.overdue());
        m.put("lastApproved", p.lastApproved().map(ObjectId::name).orElse(null));
        m.put("next", p.nextReviewers());
        m.put("approvals", p.approvals().stream().map(a -> {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("level", a.level().toString());
            am.put("action", a.action().name());
            am.put("reviewer", a.reviewer());
            am.put("key", a.keyFingerprint());
            am.put("time", a.time().toString());
            am.put("commit", a.commit().name());
            return am;
        }).toList());
        return m;
    }

    /**
     * One path's review state for people: state, path, who approved at which level, what is missing and from whom,
     * the deadline, and the version still online after an edit. Levels and units by the policy's names.
     */
    static String line(PathReview p, Lang lang, Optional<SiteConfig> policy) {
        boolean en = lang == Lang.EN;
        String who = String.join(en ? ", " : "、", p.approvals().stream()
                .map(a -> (en ? a.level().toString() : ReviewWords.level(a.level(), policy, lang)) + ":" + a.reviewer())
                .toList());
        String next = p.waitingFor().isEmpty() ? "" : (en ? " waiting for " : " 待")
                + ReviewWords.level(p.waitingFor(), policy, lang)
                + (p.nextReviewers().isEmpty() ? "" : (en ? " " : "：") + String.join(en ? "," : "、", p.nextReviewers()))
                + (p.due() == null ? "" : (en ? " due " : "，期限 ") + p.due() + (p.overdue() ? (en ? " OVERDUE" : "（已逾期）") : ""));
        String unit = p.unitId().isEmpty() || p.status() == PathReview.Status.APPROVED ? ""
                : (en ? " (" : "（") + ReviewWords.unit(p.unitId(), policy) + (en ? ")" : "）");
        return ReviewWords.status(p.status(), lang) + "\t" + p.path() + unit
                + (p.draft() ? (en ? " [" : "【") + ReviewWords.draft().in(lang) + (en ? "]" : "】") : "")
                + (who.isEmpty() ? "" : "\t[" + who + "]") + next
                + p.lastApproved().filter(b -> !b.equals(p.blob())).map(b -> (en ? " (published: " : "（在线版本 ")
                + b.abbreviate(10).name() + (en ? ")" : "）")).orElse("");
    }

    static ReviewReport review(Repository repo, Path siteRoot, String trustRoot) throws IOException {
        return engine(repo, siteRoot, trustRoot).run();
    }

    /**
     * The warnings about columns that go stale soon or are stale, from the published history; none when the site is
     * not a Git work tree or has no approved policy yet.
     */
    static List<Finding> staleWarnings(Path siteRoot, String trustRoot, LocalDate today, int leadDays) throws IOException {
        if (!Files.exists(siteRoot.resolve(".git"))) {
            return List.of();
        }
        try (Repository repo = open(siteRoot)) {
            return staleWarnings(repo, engine(repo, siteRoot, trustRoot, today).runWithLog(), siteRoot, today, leadDays);
        }
    }

    /** The same from a review that carries its log. */
    static List<Finding> staleWarnings(Repository repo, ReviewReport withLog, Path siteRoot, LocalDate today, int leadDays)
            throws IOException {
        return new Inspector(repo, new Inspector.Options(today, leadDays, false, siteRoot)).freshness(withLog)
                .map(StaleWarnings::of).orElse(List.of());
    }

    /** The review with its log, for the ledger and the forms. */
    static ReviewReport reviewWithLog(Repository repo, Path siteRoot, String trustRoot) throws IOException {
        return engine(repo, siteRoot, trustRoot).runWithLog();
    }
}
