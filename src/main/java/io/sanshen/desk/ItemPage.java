package io.sanshen.desk;

import static io.sanshen.desk.DeskHtml.esc;

import io.sanshen.config.SiteConfig;
import io.sanshen.content.Item;
import io.sanshen.diag.Finding;
import io.sanshen.ledger.LedgerEntry;
import io.sanshen.render.SitePaths;
import io.sanshen.review.PathReview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One item for the reviewer: the page as it will be published beside the version now online (both rendered by the
 * portal templates), the character diff of their text, the 政务公开 metadata with changed fields marked, the
 * attachments, every check finding at its place in the source, the approval history and what is missing, the
 * decision form and the printable forms. {@code notice} is the outcome of a decision just taken, if any.
 */
final class ItemPage {
    private final Path siteRoot;
    private final DeskState.Snapshot snap;
    private final DeskState.Details details;
    private final DeskState.Sites sites;

    ItemPage(Path siteRoot, DeskState.Snapshot snap, DeskState.Details details) {
        this.siteRoot = siteRoot;
        this.snap = snap;
        this.details = details;
        this.sites = details.sites();
    }

    String render(PathReview p, String who, String csrf, Optional<String> keyFile, String notice) throws IOException {
        SiteConfig config = snap.report().policy().orElseThrow();
        Optional<Item> item = owner(p.path());
        String title = item.map(Item::title).orElse(p.path());
        StringBuilder b = new StringBuilder(notice);
        b.append("<h1>").append(esc(title)).append("</h1><p><code>").append(esc(p.path())).append("</code>　")
                .append(esc(state(p, config))).append("</p>");
        Optional<RenderedPage> proposed = Optional.empty();
        Optional<RenderedPage> online = Optional.empty();
        if (item.isPresent()) {
            String url = item.get().url();
            proposed = RenderedPage.read(sites.proposed().resolve(url));
            online = RenderedPage.read(sites.online().resolve(url));
            b.append("<div class=\"panes\"><section aria-labelledby=\"p-h\"><h2 id=\"p-h\">待发布版本</h2>")
                    .append(frame("/proposed/" + SitePaths.href(url), "待发布版本（按门户模板渲染）", proposed.isPresent()))
                    .append("</section><section aria-labelledby=\"o-h\"><h2 id=\"o-h\">当前在线版本</h2>")
                    .append(frame("/online/" + SitePaths.href(url), "当前在线版本", online.isPresent()))
                    .append("</section></div>");
            diff(b, online.orElse(RenderedPage.NONE), proposed.orElse(RenderedPage.NONE));
            metadata(b, online.orElse(RenderedPage.NONE), proposed.orElse(RenderedPage.NONE));
        }
        findings(b, p, item);
        history(b, p);
        b.append(DecisionForm.render(p, config, csrf, keyFile, p.publishedBlob().isPresent()));
        b.append("<h2>打印</h2><ul>");
        for (String[] form : new String[][] {{"publication", "发布审批表"}, {"confidentiality", "保密审查表"},
                {"withdrawal", "失效审批表"}}) {
            b.append("<li><a href=\"/form?type=").append(form[0]).append("&amp;path=")
                    .append(SitePaths.href(p.path()).replace("/", "%2F")).append("\">").append(form[1]).append("</a></li>");
        }
        b.append("</ul>");
        return DeskHtml.page(title + " · 三审审核台", who, b.toString());
    }

    private Optional<Item> owner(String path) {
        Item direct = snap.items().get(path);
        if (direct != null) {
            return Optional.of(direct);
        }
        return snap.items().values().stream().filter(i -> i.resource(path).isPresent()).findFirst();
    }

    static String state(PathReview p, SiteConfig config) {
        if (p.waitingFor().isEmpty()) {
            return switch (p.status()) {
                case APPROVED -> "已审核完备（下次发布构建即上线）";
                case WITHDRAWN -> "已失效";
                case REJECTED -> "已退回修改";
                default -> "";
            };
        }
        String next = p.nextReviewers().isEmpty() ? "" : "，可审核人：" + String.join("、", p.nextReviewers());
        String due = p.due() == null ? "" : "，期限 " + p.due() + (p.overdue() ? "（已逾期）" : "");
        return (p.status() == PathReview.Status.REJECTED ? "已退回修改；" : "") + "尚缺："
                + QueuePage.levelName(p.waitingFor(), config) + next + due;
    }

    private static String frame(String src, String title, boolean exists) {
        return exists ? "<iframe src=\"" + esc(src) + "\" title=\"" + esc(title) + "\"></iframe>"
                : "<p>（无此版本：从未发布或未生成）</p>";
    }

    private static void diff(StringBuilder b, RenderedPage online, RenderedPage proposed) {
        b.append("<h2 id=\"diff-h\">文字差异（<ins>新增</ins> / <del>删除</del>）</h2><div class=\"diff\" aria-labelledby=\"diff-h\">");
        for (TextDiff.Run r : TextDiff.of(online.text(), proposed.text())) {
            switch (r.op()) {
                case SAME -> b.append(esc(r.text()));
                case INSERT -> b.append("<ins>").append(esc(r.text())).append("</ins>");
                case DELETE -> b.append("<del>").append(esc(r.text())).append("</del>");
            }
        }
        b.append("</div>");
    }

    private static void metadata(StringBuilder b, RenderedPage online, RenderedPage proposed) {
        Set<String> fields = new LinkedHashSet<>(proposed.metadata().keySet());
        fields.addAll(online.metadata().keySet());
        b.append("<h2 id=\"meta-h\">政务公开信息</h2><table aria-labelledby=\"meta-h\"><tr><th scope=\"col\">项目</th>"
                + "<th scope=\"col\">在线版本</th><th scope=\"col\">待发布版本</th><th scope=\"col\">变化</th></tr>");
        for (String f : fields) {
            String was = online.metadata().getOrDefault(f, "");
            String now = proposed.metadata().getOrDefault(f, "");
            boolean changed = !was.equals(now);
            b.append(changed ? "<tr class=\"changed\">" : "<tr>").append("<th scope=\"row\">").append(esc(f))
                    .append("</th><td>").append(esc(was)).append("</td><td>").append(esc(now)).append("</td><td>")
                    .append(changed ? "已修改" : "").append("</td></tr>");
        }
        b.append("</table><h2>附件</h2>");
        b.append(proposed.attachments().isEmpty() ? "<p>无</p>" : "<ul>" + String.join("", proposed.attachments().stream()
                .map(a -> "<li>" + esc(a) + "</li>").toList()) + "</ul>");
    }

    private void findings(StringBuilder b, PathReview p, Optional<Item> item) throws IOException {
        List<String> files = item.map(i -> {
            List<String> all = new java.util.ArrayList<>(List.of(i.path()));
            i.resources().forEach(r -> all.add(r.path()));
            return all;
        }).orElse(List.of(p.path()));
        List<Finding> found = sites.findings().stream().filter(f -> files.contains(f.pos().path())).sorted().toList();
        b.append("<h2>检查发现（").append(found.size()).append("）</h2>");
        for (String file : files) {
            List<Finding> here = found.stream().filter(f -> f.pos().path().equals(file)).toList();
            if (file.endsWith(".md")) {
                Path source = siteRoot.resolve(file);
                b.append("<h3>").append(esc(file)).append("</h3>").append(SourceFindings.render(
                        Files.isRegularFile(source) ? Files.readString(source, StandardCharsets.UTF_8) : "", here));
            } else if (!here.isEmpty()) {
                b.append("<h3>附件 ").append(esc(file)).append("</h3>").append(SourceFindings.render("", here));
            }
        }
    }

    private void history(StringBuilder b, PathReview p) {
        List<LedgerEntry> rows = details.ledger().of(p.path());
        b.append("<h2 id=\"hist-h\">审核记录</h2>");
        if (rows.isEmpty()) {
            b.append("<p>尚无审核记录</p>");
            return;
        }
        b.append("<table aria-labelledby=\"hist-h\"><tr><th scope=\"col\">时间</th><th scope=\"col\">环节</th>"
                + "<th scope=\"col\">审核人</th><th scope=\"col\">结论</th><th scope=\"col\">意见</th><th scope=\"col\">版本</th></tr>");
        for (LedgerEntry e : rows) {
            b.append("<tr><td>").append(e.localTime().toString().replace('T', ' ')).append("</td><td>").append(esc(e.levelName()))
                    .append("</td><td>").append(esc(e.signer())).append("</td><td>").append(esc(e.action().label()))
                    .append("</td><td>").append(esc(e.opinion())).append("</td><td><code>")
                    .append(e.blob().abbreviate(8).name()).append(e.blob().equals(p.blob()) ? "（当前）" : "")
                    .append("</code></td></tr>");
        }
        b.append("</table>");
    }
}
