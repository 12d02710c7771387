package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;

/**
 * Titles: not longer than {@code checks.title-max-length}, no trailing punctuation. (Surrounding spaces, full-width
 * ones included, are already stripped by the front matter reader, so they never reach the page.)
 */
public final class TitleRule implements Rule {
    public static final String ID = "format.title";
    private static final String TRAILING = "。，；：、！？,;:!?.";
    private final int maxLength;

    public TitleRule(CheckContext ctx) {
        this(ctx.checks().titleMaxLength());
    }

    TitleRule(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("标题不宜过长，末尾不加标点。", "Titles are not too long and end without punctuation.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        String title = doc.item().title();
        if (title.isEmpty()) {
            return;
        }
        String stripped = title.strip();
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            out.accept(warn(doc, "标题有 " + stripped.codePointCount(0, stripped.length()) + " 个字，超过 " + maxLength + " 个字的上限。",
                    "The title has " + stripped.codePointCount(0, stripped.length()) + " characters, more than the limit of " + maxLength + ".",
                    "精简标题，把细节放进正文或摘要。", "Shorten it; move details into the body or summary."));
        }
        if (!stripped.isEmpty() && TRAILING.indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            String last = stripped.substring(stripped.length() - 1);
            out.accept(warn(doc, "标题末尾有标点“" + last + "”。", "The title ends with the punctuation '" + last + "'.",
                    "删除末尾的“" + last + "”。", "Remove the final '" + last + "'."));
        }
    }

    private static Finding warn(ItemDocument doc, String zh, String en, String fixZh, String fixEn) {
        return doc.fieldFinding(ID, Severity.WARNING, "title", Text.of(zh, en), Text.of(fixZh, fixEn));
    }
}
