package io.sanshen.check.rules;

import io.sanshen.diag.Finding;
import io.sanshen.diag.HanChars;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;

/**
 * A comma inside a 顿号 list, for {@link PunctuationRule}: 、牌坊水库，张老园水库、 — both items are themselves
 * between 、 marks, short, and parallel (they end alike: 水库/水库, 过路桥/过路桥), so the comma stands where the list's
 * own mark belongs (GB/T 15834: 、 between parallel words). A comma between two lists (加强监管、规范执法，推进改革、
 * 提升服务) joins items that do not end alike and is left alone. One pass, no regex.
 */
final class ListComma {
    /** Longest item considered: list items are names and short phrases. */
    private static final int LONGEST_ITEM = 12;
    /** Characters both items must end with (水库, 过路桥): one shared character (会/县) is too common to mean much. */
    private static final int SHARED_ENDING = 2;

    private ListComma() {
    }

    static void check(ItemTexts.Source body, String text, Consumer<Finding> out) {
        for (int i = text.indexOf('，'); i >= 0; i = text.indexOf('，', i + 1)) {
            int left = i;
            while (left > 0 && i - left <= LONGEST_ITEM && HanChars.isHan(text.charAt(left - 1))) {
                left--;
            }
            int right = i + 1;
            while (right < text.length() && right - i <= LONGEST_ITEM && HanChars.isHan(text.charAt(right))) {
                right++;
            }
            boolean betweenListMarks = left > 0 && text.charAt(left - 1) == '、' && right < text.length()
                    && text.charAt(right) == '、';
            if (betweenListMarks && i - left >= SHARED_ENDING && right - i - 1 >= SHARED_ENDING
                    && text.regionMatches(i - SHARED_ENDING, text, right - SHARED_ENDING, SHARED_ENDING)) {
                out.accept(body.finding(PunctuationRule.ID, Severity.WARNING, i, i + 1,
                        Text.of("顿号列举的并列词语之间用了逗号。", "A comma between the parallel items of a list that uses 、."),
                        Text.of("改为顿号“、”。", "Write the enumeration comma '、'.")));
            }
        }
    }
}
