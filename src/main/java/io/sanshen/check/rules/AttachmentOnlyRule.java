package io.sanshen.check.rules;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 不得“以附件代替正文”: an item whose body is empty, or holds nothing but links to attachment files and words
 * like 附件 or 下载, publishes a file instead of information and is blocked.
 */
public final class AttachmentOnlyRule implements Rule {
    public static final String ID = "format.attachment-only";
    private static final Pattern FILE = Pattern.compile("(?i).*\\.(pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|pptx?|csv|txt)([?#].*)?$");
    private static final Pattern BOILERPLATE = Pattern.compile("附件|下载|点击|查看|详见|全文|原文|请|见|[\\d一二三四五六七八九十]+");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("正文不能为空或只有附件链接，须在网页中发布信息正文。",
                "The body may not be empty or only attachment links; publish the text on the page.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        if (!hasRealText(doc.markdown()) && !hasImage(doc.markdown())) {
            Text message = Text.of("正文为空或只有附件链接：不得以附件代替正文。",
                    "The body is empty or only links to attachments: an attachment cannot replace the text.");
            Text fix = Text.of("把附件的主要内容整理成网页正文，附件作为补充保留。",
                    "Put the attachment's main content into the body as text and keep the file as a supplement.");
            int start = firstText(doc.body());
            out.accept(start < 0 ? doc.fieldFinding(ID, Severity.BLOCKER, "title", message, fix)
                    : doc.finding(ID, Severity.BLOCKER, start, doc.body().indexOf('\n', start) < 0 ? doc.body().length()
                            : doc.body().indexOf('\n', start), message, fix));
        }
    }

    /** True at the first text (outside attachment links) that is more than "附件1 点击下载"-style boilerplate. */
    private static boolean hasRealText(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link link && FILE.matcher(link.getUrl().toString()).matches()) {
                continue;
            }
            if (child instanceof com.vladsch.flexmark.ast.Text t
                    && hasLetterOutsideBoilerplate(t.getChars().toString())) {
                return true;
            }
            if (hasRealText(child)) {
                return true;
            }
        }
        return false;
    }

    /** True if a letter or digit stands outside every boilerplate word; stops at the first one (bodies are long). */
    private static boolean hasLetterOutsideBoilerplate(String text) {
        Matcher m = BOILERPLATE.matcher(text);
        int from = 0;
        while (true) {
            boolean found = m.find();
            int to = found ? m.start() : text.length();
            for (int i = from; i < to; i = text.offsetByCodePoints(i, 1)) {
                if (Character.isLetterOrDigit(text.codePointAt(i))) {
                    return true;
                }
            }
            if (!found) {
                return false;
            }
            from = m.end();
        }
    }

    private static boolean hasImage(Node doc) {
        for (Node n : doc.getDescendants()) {
            if (n instanceof com.vladsch.flexmark.ast.Image) {
                return true;
            }
        }
        return false;
    }

    private static int firstText(String body) {
        for (int i = 0; i < body.length(); i++) {
            if (!Character.isWhitespace(body.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
