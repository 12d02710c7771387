package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Punctuation slips in the body's Chinese prose: a half-width {@code , ; : ? !} between Chinese characters (会议指出,
 * 要求), a {@code .} that ends a Chinese sentence (召开.下一步), and 《》 “” （） left unpaired in a paragraph. Marks
 * next to digits or Latin letters (1,000, 3.5, URLs, English) are left alone; so are enumerators such as 1） and
 * a quotation that goes on into the next paragraph (which opens with “ again, as Chinese quotes do). Warnings.
 */
public final class PunctuationRule implements Rule {
    public static final String ID = "text.punctuation";
    private static final String HAN_BEFORE = "[\\p{IsHan}”’）》】]";
    private static final String HAN_AFTER = "[\\p{IsHan}“‘（《【]";
    private static final Pattern HALF_WIDTH = Pattern.compile("(?<=" + HAN_BEFORE + ")[,;:?!](?=[ \\t]?" + HAN_AFTER + ")");
    /** A single dot ending a Chinese sentence, not the 一. of a heading number. */
    private static final Pattern FULL_STOP = Pattern.compile("(?<![一二三四五六七八九十])(?<=\\p{IsHan})\\.(?=[ \\t]?\\p{IsHan}|[ \\t]*(?:\\n|$))");
    private static final Pattern BLOCK_BREAK = Pattern.compile("\\n[ \\t]*\\n");
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
        return Text.of("正文中文字之间误用半角标点（, ; : ? ! .），或书名号、引号、括号在段内不成对。",
                "Half-width punctuation (, ; : ? ! .) between Chinese characters, or 《》 “” （） unpaired within a paragraph.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        ItemTexts.Source body = ItemTexts.body(doc, resources);
        String text = body.text();
        halfWidth(body, HALF_WIDTH.matcher(text), out);
        halfWidth(body, FULL_STOP.matcher(text), out);
        int start = 0;
        Matcher breaks = BLOCK_BREAK.matcher(text);
        while (start < text.length()) {
            int end = breaks.find(start) ? breaks.start() : text.length();
            int next = end < text.length() ? breaks.end() : end;
            pairs(body, text, start, end, next, out);
            start = Math.max(next, end + 1);
        }
    }

    private static void halfWidth(ItemTexts.Source body, Matcher m, Consumer<Finding> out) {
        while (m.find()) {
            String mark = m.group();
            String right = String.valueOf("，；：？！。".charAt(",;:?!.".indexOf(mark)));
            out.accept(body.finding(ID, Severity.WARNING, m.start(), m.end(),
                    Text.of("中文之间误用半角标点“" + mark + "”。", "Half-width '" + mark + "' between Chinese characters."),
                    Text.of("改为全角“" + right + "”。", "Write the full-width '" + right + "'.")));
        }
    }

    /** Reports marks of [start, end) that have no partner in it; {@code next} is where the following paragraph starts. */
    private static void pairs(ItemTexts.Source body, String text, int start, int end, int next, Consumer<Finding> out) {
        for (int kind = 0; kind < 3; kind++) {
            Deque<Integer> open = new ArrayDeque<>();
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (OPENERS.indexOf(c) == kind || kind == 2 && c == '(') {
                    open.push(i);
                } else if (CLOSERS.indexOf(c) == kind || kind == 2 && c == ')') {
                    if (!open.isEmpty()) {
                        open.pop();
                    } else if (kind != 2 || !ENUMERATOR.matcher(text.substring(Math.max(start, i - 4), i)).find()) {
                        report(body, i, c, out);
                    }
                }
            }
            boolean quoteGoesOn = kind == 1 && startsWithQuote(text, next);
            if (!open.isEmpty() && !quoteGoesOn) {
                report(body, open.getLast(), text.charAt(open.getLast()), out);
            }
        }
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
