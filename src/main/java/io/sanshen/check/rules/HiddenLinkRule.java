package io.sanshen.check.rules;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;

/**
 * 暗链: links in raw HTML of the body that readers cannot see (hidden by style, class or attribute, or without
 * text). The whole body is read as HTML with code blanked, so a hiding element may span several Markdown blocks.
 */
public final class HiddenLinkRule implements Rule {
    public static final String ID = "link.hidden";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("正文原始HTML中隐藏的链接（暗链）", "Hidden links in the body's raw HTML");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        if (!hasHtml(doc)) {
            return;
        }
        for (HiddenLinks.Hit hit : HiddenLinks.find(VisibleText.withoutCode(doc.markdown(), doc.body()))) {
            int end = doc.body().indexOf('>', hit.offset());
            out.accept(doc.finding(ID, Severity.BLOCKER, hit.offset(), end < 0 ? hit.offset() + 2 : end + 1,
                    message(hit), fix()));
        }
    }

    static Text message(HiddenLinks.Hit hit) {
        return Text.of("暗链：指向“" + hit.href() + "”的链接" + hit.reason().zh() + "，读者看不到。",
                "Hidden link to '" + hit.href() + "': it " + hit.reason().en() + ", so readers cannot see it.");
    }

    static Text fix() {
        return Text.of("删除该链接；如确需链接，请用可见的 Markdown 链接 [文字](地址)。",
                "Remove the link; if it is needed, write a visible Markdown link [text](url).");
    }

    private static boolean hasHtml(ItemDocument doc) {
        for (var n : doc.markdown().getDescendants()) {
            if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
                return true;
            }
        }
        return false;
    }
}
