package io.sanshen.check.rules;

import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A 合计/总计/总数 row must equal the sum of the rows above it (since the previous total), in every column of
 * amounts. Rates, averages, percentages and serial numbers are not summed; 其中 sub-rows are read both ways.
 */
public final class TotalRowRule implements Rule {
    public static final String ID = "statistics.total-row";
    private static final Pattern NOT_ADDITIVE = Pattern.compile("率|增长|增速|增幅|同比|环比|平均|均价|人均|排名|序号|编号|年份|[%％]|占比|比重|比例");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("表格中“合计”行应等于上方各行之和。", "A table's total row should equal the sum of the rows above it.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        for (StatTable table : StatTable.of(doc.markdown())) {
            List<StatTable.Row> above = new ArrayList<>();
            for (StatTable.Row row : table.rows()) {
                if (!row.isTotal()) {
                    above.add(row);
                    continue;
                }
                for (int c = 0; c < row.cells().size(); c++) {
                    check(doc, table, above, row, c, out);
                }
                above.clear();
            }
        }
    }

    private static void check(ItemDocument doc, StatTable table, List<StatTable.Row> above, StatTable.Row total, int c,
                              Consumer<Finding> out) {
        StatTable.Cell cell = total.cells().get(c);
        OptionalDouble stated = cell.value();
        if (stated.isEmpty() || cell.isPercent() || NOT_ADDITIVE.matcher(table.header(c)).find()) {
            return;
        }
        int decimals = cell.decimals();
        long count = above.stream().filter(r -> r.value(c).isPresent()).count();
        if (count < 2 || above.stream().anyMatch(r -> r.cells().size() > c && r.cells().get(c).isPercent())) {
            return;
        }
        for (StatTable.Row r : above) {
            if (r.cells().size() > c) {
                decimals = Math.max(decimals, r.cells().get(c).decimals());
            }
        }
        double tolerance = decimals == 0 ? 0.5 : Math.pow(10, -decimals) * (count / 2.0 + 0.01);
        double[] sums = StatTable.sums(above, c, tolerance);
        for (double s : sums) {
            if (Math.abs(s - stated.getAsDouble()) <= tolerance) {
                return;
            }
        }
        String sum = StatTable.format(sums[0]);
        out.accept(doc.finding(ID, Severity.WARNING, cell.start(), cell.end(),
                Text.of("合计 " + cell.text() + " 与上方各行之和 " + sum + " 不一致（“" + table.header(c) + "”列）。",
                        "The total " + cell.text() + " differs from the sum of the rows above, " + sum + " (column '" + table.header(c) + "')."),
                Text.of("逐项核对数据；分项请以“其中：”开头。", "Check each figure; start sub-items with 其中：.")));
    }
}
