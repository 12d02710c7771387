package io.sanshen.check.rules;

import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A table column of shares (header with 占比, 比例, 比重 or %) must add up to 100 (±0.5 for rounding), 其中 rows
 * left out. Shares above 100 are always wrong; below 100 only when the table has a 合计 row claiming completeness
 * (a table of "main items" may list only some). Rates (增长率, 合格率, 同比) are not shares and are never summed.
 */
public final class ShareColumnRule implements Rule {
    public static final String ID = "statistics.share-column";
    private static final Pattern SHARE = Pattern.compile("占比|比例|比重|构成|[%％]");
    private static final Pattern RATE = Pattern.compile("率|增长|增速|增幅|同比|环比|提高|下降|平均");
    private static final double TOLERANCE = 0.5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("表格中占比（比重）一列各项之和应为 100%。", "A table column of shares should add up to 100%.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        for (StatTable table : StatTable.of(doc.markdown())) {
            for (int col = 0; col < table.columns(); col++) {
                String header = table.header(col);
                if (!SHARE.matcher(header).find() || RATE.matcher(header).find()) {
                    continue;
                }
                final int c = col;
                List<StatTable.Row> parts = table.rows().stream().filter(r -> !r.isTotal()).toList();
                long values = parts.stream().filter(r -> r.value(c).isPresent()).count();
                if (values < 2) {
                    continue;
                }
                boolean complete = table.rows().stream().anyMatch(StatTable.Row::isTotal);
                double[] sums = StatTable.sums(parts, c, TOLERANCE);
                boolean fits = false;
                for (double s : sums) {
                    fits |= complete ? Math.abs(s - 100) <= TOLERANCE : s <= 100 + TOLERANCE;
                }
                if (!fits) {
                    StatTable.Cell at = parts.get(parts.size() - 1).cells().get(Math.min(c, parts.get(parts.size() - 1).cells().size() - 1));
                    String sum = StatTable.format(sums[0]);
                    out.accept(doc.finding(ID, Severity.WARNING, at.start(), at.end(),
                            Text.of("“" + header + "”一列各项之和为 " + sum + "%，不等于 100%。",
                                    "The column '" + header + "' adds up to " + sum + "%, not 100%."),
                            Text.of("逐项核对占比；“其中”分项请以“其中：”开头，以免计入合计。",
                                    "Check each share; start sub-items with 其中： so they are not counted twice.")));
                }
            }
        }
    }
}
