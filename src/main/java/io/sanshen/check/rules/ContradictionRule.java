package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.HanChars;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;

/**
 * Expressions that contradict themselves, two classic 编校 slips: an approximate number bounded from below and above
 * at once (近1000余份, 约200多人: 近/约 say "up to about", 余/多 "more than"), and a prohibition negated twice (不要勿采:
 * 勿 is already "do not"). One pass with indexOf, no regex. Warnings.
 */
public final class ContradictionRule implements Rule {
    public static final String ID = "text.contradiction";
    /** Digits and Chinese numerals of a quantity (1000, 一千, 两百, 3.5万). */
    private static final String NUMBER = "0123456789.０１２３４５６７８９〇一二三四五六七八九十百千万亿两";
    /** 近 in these words is nearness in space or time (附近, 最近3年多), not "nearly". */
    private static final String NEARNESS = "最附邻就亲靠贴";
    /** 约 after these is "about" (大约, ，约); elsewhere it is part of a word (节约100余万元, 签约). */
    private static final String ABOUT_AFTER = "大为";
    private static final String[] PROHIBITIONS = {"不要", "不得", "不能", "不准", "不可", "禁止", "严禁", "切勿", "请勿", "切莫"};
    private final RunResources resources;

    public ContradictionRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("自相矛盾的表达：约数既说“近、约”又说“余、多”（近1000余份），禁止语双重否定（不要勿采）。",
                "Self-contradictory wording: a number both 'nearly' and 'over' (近1000余份), a doubled prohibition (不要勿采).");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        ItemTexts.Source body = ItemTexts.body(doc, resources);
        String text = body.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '近' || c == '约') && approximate(text, i)) {
                int end = i + 1;
                while (end < text.length() && NUMBER.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end > i + 1 && end < text.length() && (text.charAt(end) == '余' || text.charAt(end) == '多')) {
                    String shown = text.substring(i, end + 1);
                    out.accept(body.finding(ID, Severity.WARNING, i, end + 1,
                            Text.of("“" + shown + "”自相矛盾：“" + c + "”表示不到或大约，“" + text.charAt(end) + "”表示超过。",
                                    "'" + shown + "' contradicts itself: '" + c + "' means up to about, '" + text.charAt(end)
                                            + "' more than."),
                            Text.of("删去“" + c + "”或“" + text.charAt(end) + "”。",
                                    "Remove '" + c + "' or '" + text.charAt(end) + "'.")));
                }
            } else if (c == '勿' && i >= 2) {
                doubledProhibition(body, text, i, out);
            }
        }
    }

    private static boolean approximate(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        if (!HanChars.isHan(before)) {
            return true;
        }
        return text.charAt(i) == '近' ? NEARNESS.indexOf(before) < 0 : ABOUT_AFTER.indexOf(before) >= 0;
    }

    private static void doubledProhibition(ItemTexts.Source body, String text, int at, Consumer<Finding> out) {
        for (String p : PROHIBITIONS) {
            if (text.startsWith(p, at - p.length())) {
                String shown = p + "勿";
                out.accept(body.finding(ID, Severity.WARNING, at - p.length(), at + 1,
                        Text.of("“" + shown + "”双重否定：“勿”已是“不要”，意思反了或重复。",
                                "'" + shown + "' negates twice: 勿 already means 'do not'."),
                        Text.of("只留一个否定词（“" + p + "”或“勿”）。", "Keep one of '" + p + "' and '勿'.")));
                return;
            }
        }
    }
}
