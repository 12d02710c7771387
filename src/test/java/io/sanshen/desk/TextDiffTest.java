package io.sanshen.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDiffTest {
    @Test
    void marksTheChangedCharactersOfAChineseSentence() {
        assertThat(TextDiff.of("主动公开政府信息1,286条", "主动公开政府信息1,298条")).containsExactly(
                run(TextDiff.Op.SAME, "主动公开政府信息"), run(TextDiff.Op.DELETE, "1,286"), run(TextDiff.Op.INSERT, "1,298"),
                run(TextDiff.Op.SAME, "条"));
        assertThat(TextDiff.of("区政府召开会议", "区人民政府召开常务会议")).containsExactly(
                run(TextDiff.Op.SAME, "区"), run(TextDiff.Op.INSERT, "人民"), run(TextDiff.Op.SAME, "政府召开"),
                run(TextDiff.Op.INSERT, "常务"), run(TextDiff.Op.SAME, "会议"));
    }

    @Test
    void numbersAndLatinWordsChangeAsWholes() {
        assertThat(TextDiff.of("增长3.5%，共12项，见PDF", "增长3.7%，共12项，见OFD")).containsExactly(
                run(TextDiff.Op.SAME, "增长"), run(TextDiff.Op.DELETE, "3.5"), run(TextDiff.Op.INSERT, "3.7"),
                run(TextDiff.Op.SAME, "%，共12项，见"), run(TextDiff.Op.DELETE, "PDF"), run(TextDiff.Op.INSERT, "OFD"));
        // Private-use characters in the text itself: still a correct diff (character by character).
        assertThat(TextDiff.of("a\uE000b12", "a\uE000b13")).containsExactly(
                run(TextDiff.Op.SAME, "a\uE000b1"), run(TextDiff.Op.DELETE, "2"), run(TextDiff.Op.INSERT, "3"));
    }

    @Test
    void emptySidesAreOneInsertionOrDeletion() {
        assertThat(TextDiff.of("", "新增")).containsExactly(run(TextDiff.Op.INSERT, "新增"));
        assertThat(TextDiff.of("删除", "")).containsExactly(run(TextDiff.Op.DELETE, "删除"));
        assertThat(TextDiff.of("", "")).isEmpty();
    }

    /** Differential: on random texts the runs rebuild both sides, and their kept characters are a longest common one. */
    @Test
    void runsRebuildBothTextsWithAMinimalEditCount() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            String a = randomText(random);
            String b = randomText(random);
            List<TextDiff.Run> runs = TextDiff.of(a, b);
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            int same = 0;
            for (TextDiff.Run r : runs) {
                if (r.op() != TextDiff.Op.INSERT) {
                    before.append(r.text());
                }
                if (r.op() != TextDiff.Op.DELETE) {
                    after.append(r.text());
                }
                same += r.op() == TextDiff.Op.SAME ? r.text().length() : 0;
            }
            assertThat(before.toString()).isEqualTo(a);
            assertThat(after.toString()).isEqualTo(b);
            assertThat(same).as(a + " / " + b).isEqualTo(lcs(a, b));
        }
    }

    @Test
    void aRewriteBeyondTheEditBudgetIsOneDeletionAndOneInsertion() {
        String a = "甲".repeat(3000);
        String b = "乙".repeat(3000);
        assertThat(TextDiff.of(a, b)).containsExactly(run(TextDiff.Op.DELETE, a), run(TextDiff.Op.INSERT, b));
    }

    private static String randomText(Random random) {
        String alphabet = "政府信息公开条例审核";
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static int lcs(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                t[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.length()][b.length()];
    }

    private static TextDiff.Run run(TextDiff.Op op, String text) {
        return new TextDiff.Run(op, text);
    }
}
