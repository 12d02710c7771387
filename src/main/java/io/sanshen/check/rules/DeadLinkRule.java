package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.content.Item;
import io.sanshen.content.LinkTarget;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Consumer;

/**
 * 死链: relative links and images that resolve to nothing in the site (no item, bundle, resource or static file),
 * links that climb out of the repository, and anchors naming a heading the target page does not have. Links are
 * resolved by the renderer's own resolver ({@link io.sanshen.content.SiteLinks}); a target that exists but will not
 * be published is {@link UnpublishedLinkRule}'s.
 */
public final class DeadLinkRule implements Rule {
    public static final String ID = "link.dead";
    private final RunResources resources;

    public DeadLinkRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("站内链接、图片或锚点指向不存在的目标（死链）", "Links, images or anchors pointing at nothing in the site");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        for (BodyLink link : BodyLinks.of(doc.markdown())) {
            if (link.isRelative()) {
                check(doc, link, out);
            }
        }
    }

    private void check(ItemDocument doc, BodyLink link, Consumer<Finding> out) {
        String url = link.url();
        LinkTarget target = resources.siteTargets().resolve(doc.path(), link.target());
        String what = link.kind() == BodyLink.Kind.IMAGE ? "图片" : "链接";
        switch (target.kind()) {
            case OUTSIDE -> out.accept(doc.finding(ID, Severity.BLOCKER, link.start(), link.end(),
                    Text.of(what + "“" + url + "”指向站点仓库之外。", "Link '" + url + "' climbs out of the site repository."),
                    Text.of("删去多余的“../”，链接站内文件请写相对于本文件的路径。",
                            "Remove the extra '../'; link files of the site by a path relative to this file.")));
            case MISSING -> out.accept(doc.finding(ID, Severity.BLOCKER, link.start(), link.end(),
                    Text.of(what + "“" + url + "”的目标不存在（解析为 " + target.repoPath() + "）。",
                            "Target of '" + url + "' does not exist (resolves to " + target.repoPath() + ")."),
                    Text.of("核对路径和文件名；链接其他信息请写其 Markdown 文件的相对路径，如 ../news/2026-05-22-meeting.md。",
                            "Check the path and file name; link another item by its Markdown file, e.g. ../news/2026-05-22-meeting.md.")));
            case ITEM -> checkAnchor(doc, link, target.item(), target.anchor(), out);
            case SAME_PAGE -> checkAnchor(doc, link, doc.item(), target.anchor(), out);
            default -> {
                // published files and pages need nothing more; unpublished targets are link.unpublished's
            }
        }
    }

    private void checkAnchor(ItemDocument doc, BodyLink link, Item target, String anchor, Consumer<Finding> out) {
        if (anchor.isEmpty()) {
            return;
        }
        String id = URLDecoder.decode(anchor.replace("+", "%2B"), StandardCharsets.UTF_8);
        Set<String> ids = resources.siteTargets().headingIds(target);
        if (!ids.contains(id)) {
            String known = ids.isEmpty() ? "无" : String.join("、", ids.stream().sorted().limit(8).toList());
            out.accept(doc.finding(ID, Severity.WARNING, link.start(), link.end(),
                    Text.of("锚点“#" + id + "”在 " + target.path() + " 中没有对应的标题。",
                            "Anchor '#" + id + "' names no heading in " + target.path() + "."),
                    Text.of("改为现有标题的锚点（" + known + "），或删去锚点。",
                            "Use an existing heading id (" + (ids.isEmpty() ? "none" : known) + ") or drop the anchor.")));
        }
    }
}
