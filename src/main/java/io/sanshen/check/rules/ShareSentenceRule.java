package io.sanshen.check.rules;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "…分别占…的 a%、b%、c%" or "占比分别为 a%、b%、c%": three or more shares of one whole in one sentence should add up to
 * 100 (±0.5). Growth rates ("分别增长 4.5%、5.2%") are not shares and are never summed; a list ending in 等 is partial.
 */
public final class ShareSentenceRule implements Rule {
    public static final String ID = "statistics.share-sentence";
    private static final String PCT = "\\d+(?:\\.\\d+)?\\s*[%％]";
    private static final Pattern LIST = Pattern.compile("(分别占[^。；;！？\\n%％]{0,30}?|(占比|比重|构成|比例)分别为|分别占比)\\s*((?:" + PCT
            + ")(?:\\s*[、，,和及与]\\s*" + PCT + ")+)(\\s*等)?");
    private static final Pattern ONE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("一句话中“分别占……”列出的各项占比之和应为 100%。", "Shares listed with 分别占 in one sentence should add up to 100%.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        for (Node n : doc.markdown().getDescendants()) {
            if (!(n instanceof Paragraph p)) {
                continue;
            }
            String text = p.getChars().toString();
            if (!text.contains("分别")) {
                continue; // every alternative of LIST contains 分别; skipping saves the regex on most paragraphs
            }
            Matcher m = LIST.matcher(text);
            while (m.find()) {
                if (m.group(4) != null) {
                    continue;
                }
                List<Double> shares = new ArrayList<>();
                Matcher one = ONE.matcher(m.group(3));
                while (one.find()) {
                    shares.add(Double.parseDouble(one.group(1)));
                }
                double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
                if (shares.size() >= 3 && Math.abs(sum - 100) > 0.5) {
                    int start = p.getStartOffset() + m.start(3);
                    out.accept(doc.finding(ID, Severity.WARNING, start, p.getStartOffset() + m.end(3),
                            Text.of("所列 " + shares.size() + " 项占比之和为 " + StatTable.format(sum) + "%，不等于 100%。",
                                    "The " + shares.size() + " shares listed add up to " + StatTable.format(sum) + "%, not 100%."),
                            Text.of("核对各项占比；若所列并非全部构成，补列“其他”项或在列举后加“等”。",
                                    "Check each share; if the list is not the whole, add an 'other' item or end it with 等.")));
                }
            }
        }
    }
}
