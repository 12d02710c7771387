package io.sanshen.check.rules;

import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import io.sanshen.diag.Finding;
import java.util.function.Consumer;

/**
 * Marks used where the rules of GB/T 15834 put others, for {@link PunctuationRule}: a mark typed twice (问题，，宣传),
 * a paragraph opening with a mark (a sentence broken after its date: 4月10日⏎，体育馆路街道…), round brackets for a
 * statute cited inside a title (《安徽省实施（中华人民共和国防洪法）办法》: 〈〉), （试行） left outside the title it
 * belongs to (《…评价技术规范》（试行）; not after a short name such as 《办法》), and single quotes with no double quotes around them (‘幸福指数’). One pass, no regex.
 */
final class MarkUsage {
    private static final String DOUBLED = "，。、；：";
    private static final String LEADING = "，。、；：）》”";
    /** Parts of a document's name (GB/T 9704: 《…办法（试行）》). */
    private static final String[] TITLE_PARTS = {"（试行）", "（暂行）", "（草案）", "（征求意见稿）", "（送审稿）", "（修订稿）"};
    private static final String NATIONAL = "中华人民共和国";
    /** 《办法》（试行）: a short name is an abbreviation (以下简称《办法》), its note may stand outside. */
    private static final int SHORT_NAME = 6;

    private MarkUsage() {
    }

    static void check(ItemTexts.Source body, String text, Consumer<Finding> out) {
        boolean paragraphStart = true;
        int quoteDepth = 0;
        int titleStart = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (PunctuationRule.blankLineAfter(text, i)) {
                    paragraphStart = true;
                    quoteDepth = 0;
                    titleStart = -1;
                }
                continue;
            }
            if (paragraphStart && !Character.isWhitespace(c)) {
                paragraphStart = false;
                if (LEADING.indexOf(c) >= 0) {
                    report(body, i, i + 1, out, Text.of("段落以“" + c + "”开头，可能是句子中间误断了行。",
                            "The paragraph opens with '" + c + "': a sentence broken in two?"),
                            Text.of("与上一段接成一句，或删去该标点。", "Join it to the paragraph before, or remove the mark."));
                }
            }
            if (i > 0 && c == text.charAt(i - 1) && DOUBLED.indexOf(c) >= 0 && (i < 2 || text.charAt(i - 2) != c)) {
                report(body, i - 1, i + 1, out, Text.of("“" + c + "”重复。", "'" + c + "' is typed twice."),
                        Text.of("删去多余的“" + c + "”。", "Remove the extra '" + c + "'."));
            }
            switch (c) {
                case '“' -> quoteDepth++;
                case '”' -> quoteDepth = Math.max(0, quoteDepth - 1);
                case '‘' -> {
                    if (quoteDepth == 0) {
                        report(body, i, i + 1, out, Text.of("单引号‘’用在了最外层。", "Single quotes ‘’ stand outside double quotes."),
                                Text.of("外层改用双引号“”，单引号只用在双引号之内。", "Use “” outside; ‘’ only inside “”."));
                    }
                }
                case '《' -> titleStart = i;
                case '》' -> {
                    if (titleStart >= 0) {
                        statuteInTitle(body, text, titleStart, i, out);
                    }
                    if (titleStart >= 0 && i - titleStart > SHORT_NAME) {
                        titlePartOutside(body, text, i, out);
                    }
                    titleStart = -1;
                }
                default -> {
                }
            }
        }
    }

    /** （中华人民共和国防洪法） inside 《》: a title inside a title takes 〈〉. */
    private static void statuteInTitle(ItemTexts.Source body, String text, int open, int close, Consumer<Finding> out) {
        int from = text.indexOf('（', open);
        while (from >= 0 && from < close) {
            int to = text.indexOf('）', from);
            if (to < 0 || to > close) {
                return;
            }
            String inner = text.substring(from + 1, to);
            if (inner.length() >= 4 && (inner.startsWith(NATIONAL) || inner.endsWith("法") || inner.endsWith("条例"))) {
                report(body, from, to + 1, out, Text.of("书名号内引用的书名“" + inner + "”用了圆括号。",
                                "A title cited inside a title ('" + inner + "') is in round brackets."),
                        Text.of("改为单书名号：〈" + inner + "〉。", "Write single title marks: 〈" + inner + "〉."));
            }
            from = text.indexOf('（', to);
        }
    }

    /** 《…规范》（试行）: （试行） is part of the name and goes inside. */
    private static void titlePartOutside(ItemTexts.Source body, String text, int close, Consumer<Finding> out) {
        for (String part : TITLE_PARTS) {
            if (text.startsWith(part, close + 1)) {
                report(body, close, close + 1 + part.length(), out,
                        Text.of("“" + part + "”是文件名称的一部分，放在了书名号外。", "'" + part + "' is part of the name but stands outside 《》."),
                        Text.of("改为“" + part + "》”。", "Write '" + part + "》'."));
                return;
            }
        }
    }

    private static void report(ItemTexts.Source body, int start, int end, Consumer<Finding> out, Text message, Text fix) {
        out.accept(body.finding(PunctuationRule.ID, Severity.WARNING, start, end, message, fix));
    }
}
