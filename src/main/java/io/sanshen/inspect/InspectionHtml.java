package io.sanshen.inspect;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Html;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Text;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The inspection as one self-contained HTML file: styles inline, charts as inline SVG, no script and nothing fetched,
 * laid out to print on A4. The single-veto conditions come first, in red; every chart's numbers are in a table too.
 */
public final class InspectionHtml {
    /** Long lists are cut in the report (the JSON and XLSX outputs have them whole). */
    static final int LIST_LIMIT = 50;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yy-MM");
    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1a1a1a;margin:0 auto;max-width:60rem;
            padding:1rem;line-height:1.6}
            h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;border-bottom:2px solid #9b1c1c;margin-top:1.6rem}
            h3{font-size:1.05rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}
            th,td{border:1px solid #999;padding:.2rem .4rem;text-align:left;vertical-align:top}th{background:#eee}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            .veto{border:3px solid #b00020;background:#fdecee;color:#8a0018;padding:.5rem 1rem}
            .veto h2{border:0;color:#8a0018;margin:.2rem 0}.pass{border:2px solid #1b6e2f;background:#eaf6ec;padding:.5rem 1rem}
            .STALE,.EMPTY{color:#8a0018;font-weight:bold}.SOON{color:#7a4a00;font-weight:bold}
            .chart{width:100%;height:auto;max-height:14rem}.meta{color:#444}
            @page{size:A4;margin:15mm}
            @media print{body{max-width:none;padding:0;font-size:10.5pt}h2{break-after:avoid}tr,svg{break-inside:avoid}}
            """;

    private final Lang lang;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private InspectionHtml(Lang lang) {
        this.lang = lang;
    }

    public static String render(Inspection in, Lang lang) {
        return new InspectionHtml(lang).page(in);
    }

    private String page(Inspection in) {
        String title = t("网站检查报告", "Site inspection report") + " · " + in.siteTitle();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.EN ? "en" : "zh-CN").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(Html.esc(title)).append("</title><style>").append(CSS).append("</style></head><body><header><h1>")
                .append(Html.esc(title)).append("</h1><p class=\"meta\">").append(t("检查日期：", "Date: ")).append(in.asOf())
                .append(t("　版本：", " · commit: ")).append(in.head(), 0, Math.min(12, in.head().length())).append("</p></header><main>");
        vetoes(in);
        freshness(in);
        publishing(in);
        review(in);
        health(in);
        trend(in);
        out.append("</main></body></html>\n");
        return out.toString();
    }

    private void vetoes(Inspection in) {
        if (in.vetoed()) {
            out.append("<section class=\"veto\" aria-labelledby=\"veto\"><h2 id=\"veto\">").append(t("单项否决：", "Single veto: "))
                    .append(in.vetoes().size()).append(t(" 项", in.vetoes().size() == 1 ? " condition holds" : " conditions hold"))
                    .append("</h2><ul>");
            in.vetoes().forEach(v -> out.append("<li>").append(Html.esc(v.text().in(lang))).append("</li>"));
            out.append("</ul></section>");
        } else {
            out.append("<section class=\"pass\"><p>").append(t("未发现单项否决问题。", "No single-veto condition holds."))
                    .append("</p></section>");
        }
    }

    private void freshness(Inspection in) {
        Freshness f = in.freshness();
        h2(t("栏目更新情况", "Column freshness"));
        out.append("<p>").append(t("首页最后更新：", "Home page last changed: "))
                .append(f.homeLast().map(Object::toString).orElse(t("从未", "never"))).append(t("，距今 ", ", "))
                .append(Math.max(0, f.homeDaysSince())).append(t(" 天。", " days ago."))
                .append(t("提前预警：", " Warning lead: ")).append(in.leadDays()).append(t(" 个工作日。", " working days.")).append("</p>");
        table(List.of(t("栏目", "Column"), t("责任单位", "Unit"), t("更新周期（天）", "Interval (days)"), t("最后发布", "Last"),
                t("距今（天）", "Days since"), t("剩余（天）", "Days left"), t("状态", "State")));
        for (ColumnFreshness c : f.columns()) {
            out.append("<tr><td>").append(Html.esc(in.names().column(c.column().id()).in(lang))).append("</td><td>")
                    .append(Html.esc(in.names().unit(c.column().unitId()).in(lang)))
                    .append("</td>").append(num(c.column().updateDays())).append("<td>")
                    .append(c.last().map(Object::toString).orElse("—")).append("</td>").append(num(c.daysSince()))
                    .append(num(c.daysLeft())).append("<td class=\"").append(c.state().name()).append("\">")
                    .append(state(c.state())).append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    private void publishing(Inspection in) {
        Publishing p = in.publishing();
        h2(t("信息发布", "Publishing"));
        List<String> months = p.months().stream().map(m -> m.format(MONTH)).toList();
        out.append(SvgChart.bars(t("每月新发布信息数", "New items per month"), months, doubles(p.total()), "#1f4e8c"));
        List<String> head = monthHead(t("责任单位", "Unit"), months);
        h3(t("按单位", "By unit"));
        series(head, p.byUnit(), in.names()::unit);
        h3(t("按栏目", "By column"));
        head.set(0, t("栏目", "Column"));
        series(head, p.byColumn(), in.names()::column);
    }

    private void review(Inspection in) {
        Timeliness r = in.timeliness();
        h2(t("审核及时性", "Review timeliness"));
        out.append("<p>").append(t("审核通过的稿件版本 ", "Item versions fully approved: ")).append(r.approved())
                .append(t(" 个，其中每一级都在期限内完成的 ", "; every step within the deadline: ")).append(r.approvedOnTime())
                .append(" (").append(percent(r.share())).append(t(")。驳回 ", "). Rejections: ")).append(r.rejections())
                .append(t(" 次，撤稿 ", ", withdrawals: ")).append(r.withdrawals()).append(t(" 次。", ".")).append("</p>");
        List<Text> cols = List.of(Text.of("", ""), Text.of("决定数", "Decisions"), Text.of("按期", "On time"),
                Text.of("按期率", "Share"), Text.of("中位（工作日）", "Median (working days)"), Text.of("最长（工作日）", "Worst"));
        h3(t("按审核级别", "By level"));
        rows(cols, t("级别", "Level"), r.byLevel());
        h3(t("按审核人", "By reviewer"));
        rows(cols, t("审核人", "Reviewer"), r.byReviewer());
        h3(t("倒签（发布日期早于审核通过日期）", "Backdated (date before approval)"));
        list(in.backdated().stream().map(b -> b.path() + "　" + b.shownDay() + " < " + b.onlineDay()).toList());
        h3(t("迁移内容（旧网站迁入，日期早于签名审核，不计倒签）", "Migrated content (from the old portal, dated before "
                + "signed review; not backdated)") + "（" + in.migrated().size() + "）");
        list(in.migrated().stream().map(b -> b.path() + "　" + b.shownDay()).toList());
        h3(t("已到失效日期仍在线", "Past their expiry date, still online"));
        list(in.expired());
    }

    private void health(Inspection in) {
        ContentHealth h = in.health();
        h2(t("内容健康", "Content health"));
        out.append("<p>").append(t("检查已发布信息 ", "Published items checked: ")).append(h.itemsChecked())
                .append(t(" 条。审核人已豁免的警告（已豁免）", ". Warnings waived by reviewers (not counted below): "))
                .append(h.waived()).append(t(" 处，不计入下列问题。", ".")).append("</p>");
        h3(t("按规则", "By rule"));
        counts(t("规则", "Rule"), h.byRule());
        h3(t("按单位", "By unit"));
        Map<String, Integer> byUnit = new java.util.LinkedHashMap<>();
        h.byUnit().forEach((id, n) -> byUnit.merge(in.names().unit(id).in(lang), n, Integer::sum));
        counts(t("责任单位", "Unit"), byUnit);
        h3(t("失效链接", "Dead links"));
        list(h.deadLinks().stream().map(this::finding).toList());
        h3(t("严重表述错误", "Serious wording errors"));
        list(h.seriousWording().stream().map(this::finding).toList());
        h3(t("缺少索引号", "Without 索引号") + "（" + h.withoutIndexNo().size() + "）");
        list(h.withoutIndexNo());
        h3(t("索引号重复", "Duplicate 索引号"));
        list(h.duplicateIndexNo().entrySet().stream().map(e -> e.getKey() + "：" + String.join("、", e.getValue())).toList());
    }

    private void trend(Inspection in) {
        h2(t("趋势（各月末）", "Trend (month ends)"));
        List<TrendPoint> pts = in.trend();
        List<String> months = pts.stream().map(p -> p.month().format(MONTH)).toList();
        out.append(SvgChart.line(t("月末超期或空白栏目数", "Stale or empty columns at month end"), months,
                pts.stream().mapToDouble(TrendPoint::failingColumns).toArray(), "#b00020"));
        out.append(SvgChart.line(t("当月审核按期率", "Share approved on time in the month"), months,
                pts.stream().mapToDouble(TrendPoint::onTimeShare).toArray(), "#1b6e2f"));
        table(List.of(t("月份", "Month"), t("新发布", "New items"), t("超期/空白栏目", "Stale/empty columns"),
                t("首页未更新（天）", "Home page days"), t("按期率", "On time"), t("倒签", "Backdated")));
        for (TrendPoint p : pts) {
            out.append("<tr><td>").append(p.month()).append("</td>").append(num(p.published())).append(num(p.failingColumns()))
                    .append(num(p.homeDaysSince())).append("<td class=\"n\">").append(percent(p.onTimeShare())).append("</td>")
                    .append(num(p.backdated())).append("</tr>");
        }
        out.append("</tbody></table>");
        healthTrend(in);
    }

    /** Findings by rule at each month's end (the tree of its last mainline commit), waived ones apart. */
    private void healthTrend(Inspection in) {
        h3(t("内容健康（各月末，按规则）", "Content health (month ends, by rule)"));
        List<MonthHealth> pts = in.healthTrend();
        List<String> months = pts.stream().map(p -> p.month().format(MONTH)).toList();
        out.append(SvgChart.line(t("月末未解决的检查问题数", "Open findings at month end"), months,
                pts.stream().mapToDouble(MonthHealth::open).toArray(), "#7a4a00"));
        Map<String, int[]> rows = new java.util.TreeMap<>();
        for (int i = 0; i < pts.size(); i++) {
            int month = i;
            pts.get(i).byRule().forEach((rule, n) -> rows.computeIfAbsent(rule, k -> new int[pts.size()])[month] = n);
        }
        rows.put(t("已豁免", "Waived"), pts.stream().mapToInt(MonthHealth::waived).toArray());
        series(monthHead(t("规则", "Rule"), months), rows, id -> Text.of(id, id));
    }

    /** A table head of one row per key: the key's heading, one column per month, the total. */
    private List<String> monthHead(String first, List<String> months) {
        List<String> head = new java.util.ArrayList<>(List.of(first));
        head.addAll(months);
        head.add(t("合计", "Total"));
        return head;
    }

    private void series(List<String> head, Map<String, int[]> rows, Function<String, Text> name) {
        table(head);
        rows.forEach((k, v) -> {
            out.append("<tr><td>").append(Html.esc(name.apply(k).in(lang))).append("</td>");
            int total = 0;
            for (int x : v) {
                out.append(num(x));
                total += x;
            }
            out.append(num(total)).append("</tr>");
        });
        out.append("</tbody></table>");
    }

    private void rows(List<Text> cols, String first, List<Timeliness.Row> rows) {
        table(java.util.stream.Stream.concat(java.util.stream.Stream.of(first),
                cols.stream().skip(1).map(c -> c.in(lang))).toList());
        for (Timeliness.Row r : rows) {
            out.append("<tr><td>").append(Html.esc(r.name())).append("</td>").append(num(r.steps())).append(num(r.onTime()))
                    .append("<td class=\"n\">").append(percent(r.share())).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.1f", r.median())).append("</td>").append(num(r.worst())).append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private void counts(String first, Map<String, Integer> counts) {
        table(List.of(first, t("数量", "Count")));
        counts.forEach((k, v) -> out.append("<tr><td>").append(Html.esc(k.isEmpty() ? "—" : k)).append("</td>").append(num(v)).append("</tr>"));
        out.append("</tbody></table>");
    }

    private void list(List<String> items) {
        if (items.isEmpty()) {
            out.append("<p>").append(t("无。", "None.")).append("</p>");
            return;
        }
        out.append("<ul>");
        items.stream().limit(LIST_LIMIT).forEach(i -> out.append("<li>").append(Html.esc(i)).append("</li>"));
        out.append("</ul>");
        if (items.size() > LIST_LIMIT) {
            out.append("<p>").append(t("另有 " + (items.size() - LIST_LIMIT) + " 条，见 JSON 或 XLSX 输出。",
                    (items.size() - LIST_LIMIT) + " more in the JSON or XLSX output.")).append("</p>");
        }
    }

    private void table(List<String> head) {
        out.append("<table><thead><tr>");
        head.forEach(h -> out.append("<th scope=\"col\">").append(Html.esc(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
    }

    private String finding(Finding f) {
        return f.pos() + "　" + f.message().in(lang);
    }

    private String state(ColumnFreshness.State s) {
        return switch (s) {
            case FRESH -> t("正常", "fresh");
            case SOON -> t("即将超期", "stale soon");
            case STALE -> t("超期未更新", "stale");
            case EMPTY -> t("空白栏目", "empty");
            case UNTRACKED -> t("不考核", "not tracked");
        };
    }

    private void h2(String s) {
        out.append("<h2>").append(Html.esc(s)).append("</h2>");
    }

    private void h3(String s) {
        out.append("<h3>").append(Html.esc(s)).append("</h3>");
    }

    private static String num(int n) {
        return "<td class=\"n\">" + n + "</td>";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static double[] doubles(int[] v) {
        return java.util.Arrays.stream(v).asDoubleStream().toArray();
    }

    private String t(String zh, String en) {
        return lang == Lang.EN ? en : zh;
    }
}
