package io.sanshen.desk;

import static io.sanshen.desk.DeskHtml.esc;

import io.sanshen.config.Reviewer;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.Item;
import io.sanshen.ledger.PolicyNames;
import io.sanshen.review.PathKind;
import io.sanshen.review.PathReview;
import io.sanshen.review.WorkdayCalendar;
import io.sanshen.render.SitePaths;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * 我的待办: the files waiting for the reviewer (as {@code status --mine} selects them: the reviewer is among the
 * next ones), in three tables — review levels, 保密审查, and online items past their expiry date that wait for a
 * 失效 record — with level, author, working days waited and the deadline (overdue in red and in words); filterable by
 * column. Without a known reviewer it lists what waits for anyone.
 */
final class QueuePage {
    private final DeskState.Snapshot snap;
    private final Optional<Reviewer> me;
    private final LocalDate today;
    private final Authors authors;

    QueuePage(DeskState.Snapshot snap, Optional<Reviewer> me, LocalDate today, Authors authors) {
        this.snap = snap;
        this.me = me;
        this.today = today;
        this.authors = authors;
    }

    String render(String columnFilter) {
        SiteConfig config = snap.report().policy().orElse(null);
        List<PathReview> waiting = snap.report().paths().stream()
                .filter(p -> p.kind() == PathKind.CONTENT && !p.draft() && !p.waitingFor().isEmpty()
                        && p.status() != PathReview.Status.REJECTED)
                .filter(p -> me.isEmpty() || p.nextReviewers().contains(me.get().name()))
                .filter(p -> columnFilter.isEmpty() || column(p.path()).equals(columnFilter))
                .toList();
        List<PathReview> levels = waiting.stream().filter(p -> !p.waitingFor().equals("confidentiality")).toList();
        List<PathReview> secrecy = waiting.stream().filter(p -> p.waitingFor().equals("confidentiality")).toList();
        List<Item> expired = snap.items().values().stream()
                .filter(i -> i.meta().expiry().filter(d -> !d.isAfter(today)).isPresent())
                .filter(i -> snap.report().path(i.path()).flatMap(PathReview::publishedBlob).isPresent())
                .filter(i -> me.isEmpty() || me.get().unitId().equals(i.column().unitId()))
                .filter(i -> columnFilter.isEmpty() || i.column().id().equals(columnFilter)).toList();
        int count = waiting.size() + expired.size();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(me.isPresent() ? "我的待办" : "全部待审核").append("（").append(count).append("）</h1>");
        filter(b, columnFilter);
        table(b, "待审核", "levels", levels, config);
        table(b, "待保密审查", "secrecy", secrecy, config);
        b.append("<h2 id=\"expired\">到期待失效（").append(expired.size()).append("）</h2>");
        if (expired.isEmpty()) {
            b.append("<p>无</p>");
        } else {
            b.append("<table aria-labelledby=\"expired\"><tr><th scope=\"col\">稿件</th><th scope=\"col\">栏目</th>"
                    + "<th scope=\"col\">失效日期</th></tr>");
            for (Item i : expired) {
                b.append("<tr><td>").append(link(i.path(), i.title())).append("</td><td>").append(esc(i.column().title()))
                        .append("</td><td class=\"overdue\">").append(i.meta().expiry().orElseThrow()).append("（已到期）</td></tr>");
            }
            b.append("</table>");
        }
        String title = (me.isPresent() ? "我的待办" : "全部待审核") + "（" + count + "）· 三审审核台";
        return DeskHtml.page(title, me.map(r -> "审核人：" + r.name()).orElse("未识别审核人（用 --key 指定签名密钥）"),
                b.toString());
    }

    private void filter(StringBuilder b, String selected) {
        b.append("<form method=\"get\" action=\"/\"><label for=\"column\">栏目</label> <select id=\"column\" name=\"column\">")
                .append("<option value=\"\">全部栏目</option>");
        TreeSet<String> ids = new TreeSet<>();
        snap.items().values().forEach(i -> ids.add(i.column().id()));
        snap.report().policy().ifPresent(c -> c.columns().stream().filter(col -> ids.contains(col.id())).forEach(col ->
                b.append("<option value=\"").append(esc(col.id())).append('"').append(col.id().equals(selected) ? " selected" : "")
                        .append('>').append(esc(col.title())).append("</option>")));
        b.append("</select> <button type=\"submit\">筛选</button></form>");
    }

    private void table(StringBuilder b, String heading, String id, List<PathReview> rows, SiteConfig config) {
        b.append("<h2 id=\"").append(id).append("\">").append(heading).append("（").append(rows.size()).append("）</h2>");
        if (rows.isEmpty()) {
            b.append("<p>无待办</p>");
            return;
        }
        b.append("<table aria-labelledby=\"").append(id).append("\"><tr><th scope=\"col\">稿件</th><th scope=\"col\">栏目</th>"
                + "<th scope=\"col\">责任单位</th><th scope=\"col\">待审级别</th><th scope=\"col\">作者</th>"
                + "<th scope=\"col\">已等待（工作日）</th><th scope=\"col\">期限</th></tr>");
        WorkdayCalendar calendar = WorkdayCalendar.china();
        for (PathReview p : rows) {
            Item item = snap.items().get(p.path());
            String waited = p.submitted() == null ? "" : Integer.toString(calendar.workdaysBetween(
                    LocalDate.ofInstant(p.submitted(), io.sanshen.diag.TimeZones.CHINA), today));
            b.append("<tr><td>").append(link(p.path(), item == null ? p.path() : item.title())).append("</td><td>")
                    .append(esc(item == null ? "" : item.column().title())).append("</td><td>")
                    .append(esc(config == null ? p.unitId() : PolicyNames.unitName(p.unitId(), config))).append("</td><td>")
                    .append(esc(levelName(p.waitingFor(), config))).append("</td><td>")
                    .append(esc(authors.of(p.path()))).append("</td><td>").append(waited).append("</td>")
                    .append(p.overdue() ? "<td class=\"overdue\">" + p.due() + "（已逾期）" : "<td>" + (p.due() == null ? "" : p.due()))
                    .append("</td></tr>");
        }
        b.append("</table>");
    }

    private String column(String path) {
        Item item = snap.items().get(path);
        return item == null ? "" : item.column().id();
    }

    static String levelName(String waitingFor, SiteConfig config) {
        return config == null ? waitingFor : PolicyNames.level(Decide.levelOf(waitingFor), config);
    }

    static String link(String path, String title) {
        return "<a href=\"/item?path=" + SitePaths.href(path).replace("/", "%2F") + "\">" + esc(title) + "</a>"
                + "<br><small>" + esc(path) + "</small>";
    }
}
