package io.sanshen.cli;

import io.sanshen.diag.Finding;
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
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** What the review commands share: the repository of the site, the engine options and JSON text escaping. */
final class ReviewSupport {
    private ReviewSupport() {
    }

    static Repository open(Path siteRoot) throws IOException {
        if (!Files.isDirectory(siteRoot.resolve(".git")) && !Files.isRegularFile(siteRoot.resolve(".git"))) {
            throw new IOException("not the root of a Git work tree: " + siteRoot);
        }
        return new FileRepositoryBuilder().setWorkTree(siteRoot.toFile()).setMustExist(true).readEnvironment().build();
    }

    static ReviewEngine engine(Repository repo, Path siteRoot, String trustRoot) {
        return engine(repo, siteRoot, trustRoot, TimeZones.todayInChina());
    }

    /** The engine judging deadlines and key age on {@code today} ({@code --today}). */
    static ReviewEngine engine(Repository repo, Path siteRoot, String trustRoot, LocalDate today) {
        return new ReviewEngine(repo, new ReviewEngine.Options(Optional.ofNullable(trustRoot), Optional.of(siteRoot), today));
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

    static String line(PathReview p, io.sanshen.diag.Lang lang) {
        String who = String.join(lang == io.sanshen.diag.Lang.EN ? ", " : "、",
                p.approvals().stream().map(a -> a.level() + ":" + a.reviewer()).toList());
        String next = p.waitingFor().isEmpty() ? "" : (lang == io.sanshen.diag.Lang.EN ? " waiting for " : " 待 ")
                + p.waitingFor() + " " + String.join(",", p.nextReviewers())
                + (p.due() == null ? "" : (lang == io.sanshen.diag.Lang.EN ? " due " : " 期限 ") + p.due()
                + (p.overdue() ? (lang == io.sanshen.diag.Lang.EN ? " OVERDUE" : " 已逾期") : ""));
        return p.status() + "\t" + p.path() + (who.isEmpty() ? "" : "\t[" + who + "]") + next
                + p.lastApproved().filter(b -> !b.equals(p.blob())).map(b -> (lang == io.sanshen.diag.Lang.EN
                ? " (published: " : "（在线版本 ") + b.abbreviate(10).name() + (lang == io.sanshen.diag.Lang.EN ? ")" : "）")).orElse("");
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
