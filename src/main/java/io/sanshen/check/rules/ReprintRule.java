package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.config.ChecksConfig;
import io.sanshen.content.FrontMatter;
import io.sanshen.content.Reprint;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * 转载 must name its source site, url and date; the url must be on an allowed site; the reprint date must lie
 * between the document's 成文日期 and the item's publication. With {@code --external} the source page is fetched
 * and its title compared with the item's.
 */
public final class ReprintRule implements Rule {
    public static final String ID = "reprint.source";
    private final List<String> allowedHosts;
    private final Optional<SourcePageTitles> fetcher;

    public ReprintRule(CheckContext ctx) {
        this(ctx.checks(), ctx.external() ? Optional.of(new SourcePageTitles()) : Optional.empty());
    }

    ReprintRule(ChecksConfig checks, Optional<SourcePageTitles> fetcher) {
        this.allowedHosts = checks.reprintSources();
        this.fetcher = fetcher;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("转载信息须注明来源网站、原文链接和转载日期，且来源在允许转载的网站之列。",
                "A reprint must give its source site, url and date, and come from an allowed site.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        FrontMatter m = doc.item().meta();
        if (m.reprint() == null) {
            return;
        }
        Reprint r = m.reprint();
        if (r.site().isBlank()) {
            out.accept(block(doc, "来源网站（reprint.site）", "source site (reprint.site)", "如 site: 中国政府网", "e.g. site: 中国政府网"));
        }
        if (r.date() == null) {
            out.accept(block(doc, "转载日期（reprint.date）", "reprint date (reprint.date)", "如 date: 2026-05-20", "e.g. date: 2026-05-20"));
        }
        if (r.url().isBlank()) {
            out.accept(block(doc, "原文链接（reprint.url）", "source url (reprint.url)", "填写原文网址（https://…）", "Give the source page address (https://…)"));
        } else {
            checkHost(doc, r.url(), out);
        }
        if (r.date() != null) {
            checkDate(doc, m, r, out);
        }
        if (fetcher.isPresent() && !r.url().isBlank()) {
            fetcher.get().titleOf(r.url()).ifPresentOrElse(pageTitle -> {
                if (!normalize(pageTitle).contains(normalize(m.title()))) {
                    out.accept(doc.fieldFinding(ID, Severity.WARNING, "reprint", Text.of("原文页面标题“" + pageTitle
                            + "”中找不到本稿件标题。", "The source page's title '" + pageTitle + "' does not contain the item's title."),
                            Text.of("核对转载链接是否指向原文，标题是否与原文一致。", "Check that the url points to the original and the title matches it.")));
                }
            }, () -> out.accept(doc.fieldFinding(ID, Severity.INFO, "reprint", Text.of("无法访问原文链接，未核对标题。",
                    "Could not fetch the source url; the title was not compared."), Text.of("稍后重试 --external。", "Retry --external later."))));
        }
    }

    private void checkHost(ItemDocument doc, String url, Consumer<Finding> out) {
        Optional<String> host = SuperiorDocumentRule.host(url).filter(h -> url.strip().matches("(?i)https?://.*"));
        if (host.isEmpty()) {
            out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "reprint", Text.of("原文链接“" + url + "”不是有效的网址。",
                    "Source url '" + url + "' is not a valid web address."), Text.of("填写以 https:// 开头的完整网址。", "Give a full address starting with https://.")));
        } else if (allowedHosts.stream().noneMatch(a -> ChecksConfig.hostMatches(host.get(), a))) {
            out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "reprint", Text.of("转载来源“" + host.get() + "”不在允许转载的网站之列。",
                    "Reprint source '" + host.get() + "' is not an allowed site."),
                    Text.of("只转载 checks.reprint-sources 所列网站（" + String.join("、", allowedHosts) + "）的信息，或由管理员把该网站加入列表。",
                            "Reprint only from sites in checks.reprint-sources (" + String.join(", ", allowedHosts) + "), or ask an admin to add this one.")));
        }
    }

    private static void checkDate(ItemDocument doc, FrontMatter m, Reprint r, Consumer<Finding> out) {
        if (m.created() != null && r.date().isBefore(m.created())) {
            out.accept(doc.fieldFinding(ID, Severity.WARNING, "reprint", Text.of("转载日期 " + r.date() + " 早于成文日期 " + m.created() + "。",
                    "Reprint date " + r.date() + " is before the document's date " + m.created() + "."),
                    Text.of("核对转载日期和成文日期。", "Check the reprint date and the created date.")));
        }
        if (m.date() != null && r.date().isAfter(m.date().toLocalDate())) {
            out.accept(doc.fieldFinding(ID, Severity.WARNING, "reprint", Text.of("转载日期 " + r.date() + " 晚于发布日期 " + m.date().toLocalDate() + "。",
                    "Reprint date " + r.date() + " is after the publication date " + m.date().toLocalDate() + "."),
                    Text.of("转载日期应不晚于本站发布日期。", "The reprint date should not be after this site's publication date.")));
        }
    }

    private static Finding block(ItemDocument doc, String whatZh, String whatEn, String fixZh, String fixEn) {
        return doc.fieldFinding(ID, Severity.BLOCKER, "reprint", Text.of("转载信息缺少" + whatZh + "。", "The reprint lacks its " + whatEn + "."),
                Text.of("在 reprint 下补充：" + fixZh + "。", "Add it under reprint: " + fixEn + "."));
    }

    private static String normalize(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }
}
