package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.content.LinkTarget;
import io.sanshen.content.PublicationWindow;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;

/**
 * 链接未发布的信息: a link or image whose target exists in the repository but will not be on the portal (a draft,
 * an expired item, or — in a build — an item not approved or kept offline by a blocker, or a static file a blocker
 * holds back), written as a repository path or as the address the portal would serve. The renderer cannot rewrite
 * such a link, so the live page would have a dead link.
 */
public final class UnpublishedLinkRule implements Rule {
    public static final String ID = "link.unpublished";
    private final RunResources resources;
    private final CheckContext ctx;

    public UnpublishedLinkRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
        this.ctx = ctx;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("链接指向不会发布的信息（草稿、已过失效日期、未审核或被阻断）",
                "Links pointing at an item that will not be published (draft, expired, unapproved or blocked)");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        for (BodyLink link : BodyLinks.of(doc.markdown())) {
            LinkTarget target = resources.siteTargets().resolve(doc.path(), link.target());
            if (target.kind() != LinkTarget.Kind.UNPUBLISHED) {
                continue;
            }
            String what = target.item() == null ? target.repoPath() : target.item().path();
            Text why = target.item() == null ? Text.of("被内容检查阻断", "blocked by a content check")
                    : PublicationWindow.offlineReason(target.item(), ctx.today(), false)
                    .orElse(Text.of("未审核通过或被内容检查阻断", "not approved, or blocked by a content check"));
            out.accept(doc.finding(ID, Severity.BLOCKER, link.start(), link.end(),
                    Text.of("“" + link.url() + "”指向的 " + what + " 不会发布（" + why.zh() + "），网站上将是死链。",
                            "'" + link.url() + "' points at " + what + ", which will not be published ("
                                    + why.en() + "): a dead link on the portal."),
                    Text.of("删去该链接，或先发布目标信息。", "Remove the link, or publish the target first.")));
        }
    }
}
