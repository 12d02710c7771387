package io.sanshen.check.rules;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 无障碍: every image needs a text alternative — Markdown {@code ![说明](…)} or HTML {@code <img alt="说明">}. */
public final class ImageAltRule implements Rule {
    public static final String ID = "format.image-alt";
    private static final Pattern IMG = Pattern.compile("(?i)<img\\b[^>]*>");
    private static final Pattern ALT = Pattern.compile("(?i)\\balt\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("图片须有替代文字（alt），供读屏软件朗读。", "Images need alternative text (alt) for screen readers.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        for (Node n : doc.markdown().getDescendants()) {
            if (n instanceof Image img && img.getText().isBlank()) {
                out.accept(doc.finding(ID, Severity.WARNING, img.getStartOffset(), img.getEndOffset(), message(), fix()));
            } else if (n instanceof HtmlInline || n instanceof HtmlBlock) {
                Matcher m = IMG.matcher(n.getChars());
                while (m.find()) {
                    Matcher alt = ALT.matcher(m.group());
                    boolean ok = alt.find() && !firstNonNull(alt.group(2), alt.group(3), alt.group(4)).isBlank();
                    if (!ok) {
                        out.accept(doc.finding(ID, Severity.WARNING, n.getStartOffset() + m.start(), n.getStartOffset() + m.end(),
                                message(), fix()));
                    }
                }
            }
        }
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return "";
    }

    private static Text message() {
        return Text.of("图片缺少替代文字。", "The image has no alternative text.");
    }

    private static Text fix() {
        return Text.of("在 ![] 的方括号中（或 alt 属性里）写明图片内容，图表要写出主要数据。",
                "Describe the image inside ![…] (or in alt); for charts give the main figures.");
    }
}
