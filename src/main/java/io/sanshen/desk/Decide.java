package io.sanshen.desk;

import static io.sanshen.desk.DeskHtml.esc;

import io.sanshen.approve.Decisions;
import io.sanshen.approve.KeyChoice;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Text;
import io.sanshen.review.ApprovalRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns the item page's form into a decision for {@link Decisions} and its outcome into the notice shown above the
 * item: the record written, or every refusal with the words the command line prints. The passphrase is cleared
 * after signing and never logged.
 */
final class Decide {
    private final Path siteRoot;
    private final LocalDate today;
    private final PrintWriter log;

    Decide(Path siteRoot, LocalDate today, PrintWriter log) {
        this.siteRoot = siteRoot;
        this.today = today;
        this.log = log;
    }

    /**
     * Records the decision the form asks for; returns the page that says what happened and, after a record, what
     * is next for the item (from the review of the new HEAD).
     */
    String run(FormBody form, String who, DeskState state, String csrf) throws IOException {
        String path = form.get("path");
        String notice = record(form);
        StringBuilder b = new StringBuilder("<h1>审核结果</h1>").append(notice);
        DeskState.Snapshot snap = state.snapshot();
        snap.report().path(path).ifPresent(p -> b.append("<p>").append(esc(ItemPage.state(p,
                snap.report().policy().orElseThrow()))).append("</p>"));
        b.append("<p><a href=\"/item?path=").append(io.sanshen.render.SitePaths.href(path).replace("/", "%2F"))
                .append("\">返回稿件</a>　<a href=\"/\">返回我的待办</a></p>");
        if (notice.contains("class=\"done\"")) {
            b.append(Push.form(csrf));
        }
        return DeskHtml.page("审核结果 · 三审审核台", who, b.toString());
    }

    private String record(FormBody form) throws IOException {
        String path = form.get("path");
        String[] what = form.get("do").split(":", 2);
        String opinion = what.length > 1 && !what[1].isBlank() ? what[1].strip() : form.get("opinion").strip();
        Optional<ApprovalRecord.Action> action = switch (what[0]) {
            case "approve" -> Optional.of(ApprovalRecord.Action.APPROVE);
            case "reject" -> Optional.of(ApprovalRecord.Action.REJECT);
            case "withdraw" -> Optional.of(ApprovalRecord.Action.WITHDRAW);
            default -> Optional.empty();
        };
        if (action.isEmpty()) {
            return refused(List.of(Text.of("未知的审核操作。", "Unknown decision.")), List.of());
        }
        if (opinion.isEmpty() && action.get() != ApprovalRecord.Action.APPROVE) {
            return refused(List.of(Text.of("退回修改和失效须填写意见或原因。", "A rejection or withdrawal needs an opinion.")),
                    List.of());
        }
        ApprovalRecord.Level level = action.get() == ApprovalRecord.Action.WITHDRAW ? ApprovalRecord.Level.of(0)
                : levelOf(form.get("level"));
        KeyChoice key = DeskServer.keyOf(form);
        long start = System.nanoTime();
        Decisions.Result r;
        try {
            r = Decisions.record(siteRoot, new Decisions.Request(List.of(path), action.get(), level,
                    opinion.isEmpty() ? "同意" : opinion, form.all("checks"), List.of()), key, today);
        } finally {
            if (key.passphrase() != null) {
                Arrays.fill(key.passphrase(), '\0');
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (r.recorded()) {
            String id = r.commit().get().abbreviate(10).name();
            log.println("已记录 " + id + " " + path + "（" + millis + " ms）");
            return "<div class=\"done\" role=\"status\"><p>已记录 <code>" + id + "</code>：" + esc(path) + "</p></div>";
        }
        log.println("拒绝 " + path + "（" + millis + " ms）");
        return refused(r.refusals(), r.blockers());
    }

    /** The level a {@code waitingFor} value of the review names (1..4, confidentiality, admin). */
    static ApprovalRecord.Level levelOf(String waitingFor) {
        return switch (waitingFor) {
            case "confidentiality" -> ApprovalRecord.Level.CONFIDENTIALITY;
            case "admin" -> ApprovalRecord.Level.ADMIN;
            default -> ApprovalRecord.Level.of(waitingFor.matches("[1-9]") ? Integer.parseInt(waitingFor) : 0);
        };
    }

    private static String refused(List<Text> refusals, List<Finding> blockers) {
        StringBuilder b = new StringBuilder("<div class=\"refusal\" role=\"alert\"><ul>");
        blockers.forEach(f -> b.append("<li>").append(esc(f.oneLine(Lang.ZH))).append("</li>"));
        refusals.forEach(t -> b.append("<li>拒绝：").append(esc(t.zh())).append("</li>"));
        return b.append("</ul></div>").toString();
    }
}
