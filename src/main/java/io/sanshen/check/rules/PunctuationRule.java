package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.HanChars;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Punctuation slips in the body's Chinese prose: a half-width {@code , ; : ? !} between Chinese characters (会议指出,
 * 要求), a {@code .} that ends a Chinese sentence (召开.下一步), and 《》 “” （） left unpaired in a paragraph. Marks
 * next to digits or Latin letters (1,000, 3.5, URLs, English) are left alone; so are enumerators such as 1） and
 * a quotation that goes on into the next paragraph (which opens with “ again, as Chinese quotes do). Marks used
 * where others belong (doubled ，，, a paragraph opening with ，, （）for 〈〉 inside 《》, 》（试行）, outer ‘’) are
 * {@link MarkUsage}'s; a comma inside a 顿号 list (、牌坊水库，张老园水库、) is {@link ListComma}'s. Warnings.
 */
public final class PunctuationRule implements Rule {
    public static final String ID = "text.punctuation";
    private static final String HALF = ",;:?!.";
    private static final String FULL = "，；：？！。";
    /** Closing marks that end Chinese text before a mark, opening ones that start it after. */
    private static final String CLOSING = "”’）》】";
    private static final String OPENING = "“‘（《【";
    /** 一. of a heading number is not a sentence end. */
    private static final String NUMERALS = "一二三四五六七八九十";
    /** 1） 一） a) at the start of a line or after a sentence mark: an enumerator, not a lost bracket. */
    private static final Pattern ENUMERATOR = Pattern.compile("(?:^|[\\s。；：，、])[0-9一二三四五六七八九十A-Za-z]{1,3}$");
    private static final String OPENERS = "《“（(";
    private static final String CLOSERS = "》”）)";
    private final RunResources resources;

    public PunctuationRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("正文中文字之间误用半角标点（, ; : ? ! .），书名号、引号、括号在段内不成对，标点重复或位于段首，"
                        + "书名号内的书名用了圆括号，“（试行）”放在书名号外，单引号用在最外层，顿号列举中误用逗号。",
                "Half-width punctuation (, ; : ? ! .) between Chinese characters, 《》 “” （） unpaired within a paragraph,"
                        + " a mark typed twice or opening a paragraph, （） for 〈〉 inside 《》, （试行） outside 《》, outer ‘’, a comma inside a list of 、.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        ItemTexts.Source body = ItemTexts.body(doc, resources);
        String text = body.text();
        halfWidth(body, text, out);
        pairs(body, text, out);
        MarkUsage.check(body, text, out);
        ListComma.check(body, text, out);
    }

    /** One pass, no regex (this runs at every character of every body): {@code , ; : ? !} and sentence-ending dots. */
    private static void halfWidth(ItemTexts.Source body, String text, Consumer<Finding> out) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = c < '!' || c > '?' ? -1 : HALF.indexOf(c);
            if (k < 0) {
                continue;
            }
            char before = text.charAt(i - 1);
            boolean wrong = c != '.'
                    ? (HanChars.isHan(before) || CLOSING.indexOf(before) >= 0) && chineseAfter(text, i + 1, OPENING)
                    : HanChars.isHan(before) && NUMERALS.indexOf(before) < 0
                            && (chineseAfter(text, i + 1, "") || restOfLineBlank(text, i + 1));
            if (wrong) {
                String right = String.valueOf(FULL.charAt(k));
                out.accept(body.finding(ID, Severity.WARNING, i, i + 1,
                        Text.of("中文之间误用半角标点“" + c + "”。", "Half-width '" + c + "' between Chinese characters."),
                        Text.of("改为全角“" + right + "”。", "Write the full-width '" + right + "'.")));
            }
        }
    }

    /** A Chinese character (or one of {@code openers}) at {@code j}, after at most one space. */
    private static boolean chineseAfter(String text, int j, String openers) {
        if (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j < text.length() && (HanChars.isHan(text.charAt(j)) || openers.indexOf(text.charAt(j)) >= 0);
    }

    private static boolean restOfLineBlank(String text, int j) {
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j == text.length() || text.charAt(j) == '\n';
    }

    /**
     * Reports the marks each paragraph (text between blank lines) leaves without a partner: one pass over the text
     * with a depth per kind; the opener left unclosed is the one that last opened from depth 0.
     */
    private static void pairs(ItemTexts.Source body, String text, Consumer<Finding> out) {
        int[] depth = new int[3];
        int[] bottom = new int[3];
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' && blankLineAfter(text, i)) {
                for (int kind = 0; kind < 3; kind++) {
                    boolean quoteGoesOn = kind == 1 && startsWithQuote(text, i);
                    if (depth[kind] > 0 && !quoteGoesOn) {
                        report(body, bottom[kind], text.charAt(bottom[kind]), out);
                    }
                    depth[kind] = 0;
                }
                start = i + 1;
                continue;
            }
            char c = text.charAt(i);
            if (c < '(' || c > ')' && c < '“') {
                continue;
            }
            int opens = c == '(' ? 2 : OPENERS.indexOf(c);
            int closes = c == ')' ? 2 : CLOSERS.indexOf(c);
            if (opens >= 0 && opens < 3) {
                if (depth[opens]++ == 0) {
                    bottom[opens] = i;
                }
            } else if (closes >= 0 && closes < 3) {
                if (depth[closes] > 0) {
                    depth[closes]--;
                } else if (closes != 2 || !ENUMERATOR.matcher(text.substring(Math.max(start, i - 4), i)).find()) {
                    report(body, i, c, out);
                }
            }
        }
    }

    /** True when the line after the break at {@code i} is blank (only spaces or tabs). */
    static boolean blankLineAfter(String text, int i) {
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        return j == text.length() || text.charAt(j) == '\n';
    }

    private static boolean startsWithQuote(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '“';
    }

    private static void report(ItemTexts.Source body, int at, char mark, Consumer<Finding> out) {
        boolean opener = OPENERS.indexOf(mark) >= 0;
        out.accept(body.finding(ID, Severity.WARNING, at, at + 1,
                Text.of("“" + mark + "”在本段中没有配对的" + (opener ? "后" : "前") + "半个。",
                        "'" + mark + "' has no matching " + (opener ? "closing" : "opening") + " mark in this paragraph."),
                Text.of("补全或删去多余的标点。", "Add the missing mark or remove the extra one.")));
    }
}
