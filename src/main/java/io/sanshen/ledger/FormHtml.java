package io.sanshen.ledger;

import io.sanshen.diag.Html;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Renders a form as print-ready A4 HTML laid out like the forms attached to the district's regulations: a heading,
 * the date line, a bordered table with the item's particulars, then one row per review step with 审核意见,
 * 签名 (the signer's name and the fingerprint of the key that made the 电子签名) and 日期. Pending steps are blank
 * rows marked 待审核. A form for a version the review does not count as approved says so at its top.
 */
public final class FormHtml {
    static final String PENDING = "待审核";
    static final String ATTESTATION = "经审查，该信息不涉及国家秘密、工作秘密、商业秘密和个人隐私，"
            + "符合“涉密信息不上网，上网信息不涉密”的要求，同意公开发布。";
    /** Said at the top of a form whose version the review does not count as approved. */
    static final String NOT_APPROVED = "未完成审核，不得作为发布依据";
    static final String NOT_WITHDRAWN = "失效审批未完成，不得作为撤稿依据";
    private static final String CSS = """
            @page { size: A4 portrait; margin: 15mm 18mm; }
            body { font-family: "FangSong", "STFangsong", "SimSun", serif; font-size: 12pt; color: #000; margin: 0; }
            h1 { text-align: center; font-family: "SimHei", "STHeiti", sans-serif; font-size: 18pt; margin: 0 0 3mm; }
            .date { text-align: right; margin: 0 0 2mm; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td { border: 1px solid #000; padding: 2mm; vertical-align: middle; overflow-wrap: anywhere; }
            th { font-weight: normal; text-align: center; }
            td.opinion { height: 18mm; vertical-align: top; }
            body.compact td.opinion { height: 11mm; }
            body.compact th, body.compact td { padding: 1.2mm 2mm; }
            td.day { text-align: center; }
            .key { display: block; font-family: "Courier New", monospace; font-size: 7pt; }
            .pending { color: #666; }
            .note { font-size: 10pt; margin-top: 3mm; }
            .unapproved { border: 2px solid #c00; color: #c00; font-family: "SimHei", "STHeiti", sans-serif;
              font-size: 16pt; text-align: center; padding: 2mm; margin: 0 0 3mm; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            """;

    private FormHtml() {
    }

    public static String render(ApprovalForm f) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(Html.esc(f.site() + f.type().heading())).append("</title><style>").append(CSS)
                // the 保密审查表 repeats every level before its own rows: tighter rows keep it on one page
                .append("</style></head><body").append(f.type() == FormType.CONFIDENTIALITY ? " class=\"compact\"" : "")
                .append(">\n<h1>").append(Html.esc(f.site() + f.type().heading())).append("</h1>\n");
        if (!f.complete()) {
            b.append("<p class=\"unapproved\" role=\"alert\">").append(f.type() == FormType.WITHDRAWAL ? NOT_WITHDRAWN : NOT_APPROVED)
                    .append("</p>\n");
        }
        b.append("<p class=\"date\">时间：").append(date(latest(f))).append("</p>\n<table class=\"form\">\n")
                .append("<colgroup><col style=\"width:28mm\"><col><col style=\"width:48mm\"><col style=\"width:40mm\"></colgroup>\n");
        info(b, "信息标题", f.title());
        info(b, "信息来源/报送单位", (f.reprint() ? "转载" : "本机关、单位制发") + (f.source().isEmpty() ? "" : "（" + f.source() + "）")
                + "／" + f.unit());
        info(b, "拟发布栏目", f.column());
        info(b, "是否重要信息", f.important() ? "是" : "否");
        if (f.type() == FormType.CONFIDENTIALITY) {
            info(b, "发布形式", "网站公开 ☑　依申请公开 ☐");
        }
        if (f.type() == FormType.WITHDRAWAL) {
            info(b, "失效原因", f.reason().isEmpty() ? PENDING : f.reason());
        }
        b.append("<tr class=\"head\"><th>审核环节</th><th>").append(f.type() == FormType.CONFIDENTIALITY ? "审查意见" : "审核意见")
                .append("</th><th>签名</th><th>日期</th></tr>\n");
        for (ApprovalForm.Row r : f.rows()) {
            row(b, "level", r, f.type() == FormType.CONFIDENTIALITY);
        }
        f.confidentiality().ifPresent(r -> {
            row(b, "confidentiality", r, false);
            if (!r.pending()) {
                b.append("<tr class=\"attestation\"><th>保密审查意见</th><td colspan=\"3\">")
                        .append(Html.esc(r.agreed().get() ? ATTESTATION : "经审查，不同意公开发布。")).append("</td></tr>\n");
            }
        });
        b.append("</table>\n<p class=\"note\">注：签名栏为电子签名，由审核人登记的密钥对审核记录（Git 提交 ")
                .append("内容编号 <span class=\"mono\">").append(f.blob().name()).append("</span>）签署，可用 sanshen verify 核验。</p>\n")
                .append("</body></html>\n");
        return b.toString();
    }

    private static void info(StringBuilder b, String label, String value) {
        b.append("<tr class=\"info\"><th>").append(Html.esc(label)).append("</th><td colspan=\"3\">")
                .append(Html.esc(value)).append("</td></tr>\n");
    }

    private static void row(StringBuilder b, String kind, ApprovalForm.Row r, boolean checkboxes) {
        b.append("<tr class=\"").append(kind).append("\"><th>").append(Html.esc(r.level()))
                .append(r.role().isEmpty() ? "" : "<br>（" + Html.esc(r.role()) + "）").append("</th>");
        if (r.pending()) {
            b.append("<td class=\"opinion pending\">").append(PENDING).append("</td><td class=\"signer\"></td><td class=\"day\"></td></tr>\n");
            return;
        }
        boolean yes = r.agreed().get();
        b.append("<td class=\"opinion\">");
        if (checkboxes) {
            b.append(yes ? "同意 ☑　不同意 ☐" : "同意 ☐　不同意 ☑").append("<br>");
        } else if (!yes) {
            b.append("不同意：");
        }
        b.append(Html.esc(r.opinion())).append("</td><td class=\"signer\"><span class=\"name\">").append(Html.esc(r.signer()))
                .append("</span><span class=\"key\">电子签名 ").append(Html.esc(r.key())).append("</span></td><td class=\"day\">")
                .append(date(Optional.of(r.date()))).append("</td></tr>\n");
    }

    private static Optional<LocalDate> latest(ApprovalForm f) {
        return f.rows().stream().filter(r -> !r.pending()).map(ApprovalForm.Row::date).max(LocalDate::compareTo);
    }

    private static String date(Optional<LocalDate> d) {
        return d.map(x -> x.getYear() + "年" + x.getMonthValue() + "月" + x.getDayOfMonth() + "日").orElse("　　年　　月　　日");
    }
}
