package io.sanshen.cli;

import io.sanshen.review.PathReview;
import io.sanshen.review.ReviewEngine;
import io.sanshen.review.ReviewReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
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
        return new ReviewEngine(repo, new ReviewEngine.Options(Optional.ofNullable(trustRoot), Optional.of(siteRoot), today()));
    }

    /** The day deadlines and scheduled publication are judged against: today in Beijing time. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String json(PathReview p) {
        StringBuilder b = new StringBuilder("{\"path\":").append(json(p.path())).append(",\"kind\":").append(json(p.kind().name()))
                .append(",\"unit\":").append(json(p.unitId())).append(",\"blob\":").append(json(p.blob().name()))
                .append(",\"status\":").append(json(p.status().name())).append(",\"waitingFor\":").append(json(p.waitingFor()))
                .append(",\"due\":").append(p.due() == null ? "null" : json(p.due().toString()))
                .append(",\"overdue\":").append(p.overdue())
                .append(",\"lastApproved\":").append(p.lastApproved().map(o -> json(o.name())).orElse("null"))
                .append(",\"next\":[");
        for (int i = 0; i < p.nextReviewers().size(); i++) {
            b.append(i > 0 ? "," : "").append(json(p.nextReviewers().get(i)));
        }
        b.append("],\"approvals\":[");
        for (int i = 0; i < p.approvals().size(); i++) {
            var a = p.approvals().get(i);
            b.append(i > 0 ? "," : "").append("{\"level\":").append(json(a.level().toString())).append(",\"action\":")
                    .append(json(a.action().name())).append(",\"reviewer\":").append(json(a.reviewer()))
                    .append(",\"key\":").append(json(a.keyFingerprint())).append(",\"time\":").append(json(a.time().toString()))
                    .append(",\"commit\":").append(json(a.commit().name())).append('}');
        }
        return b.append("]}").toString();
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

    /** The review with its log, for the ledger and the forms. */
    static ReviewReport reviewWithLog(Repository repo, Path siteRoot, String trustRoot) throws IOException {
        return engine(repo, siteRoot, trustRoot).runWithLog();
    }
}
