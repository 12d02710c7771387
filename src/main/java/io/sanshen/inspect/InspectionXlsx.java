package io.sanshen.inspect;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The inspection as an Excel workbook, one sheet per part (单项否决, 栏目更新, 信息发布, 审核及时性, 内容健康, 趋势),
 * numbers as numbers, whole lists (the HTML report cuts long ones).
 */
public final class InspectionXlsx {
    private InspectionXlsx() {
    }

    public static void write(Inspection in, Lang lang, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet(wb, bold, "单项否决", List.of("id", "说明"),
                    in.vetoes().stream().map(v -> List.<Object>of(v.id(), v.text().in(lang))).toList());
            sheet(wb, bold, "栏目更新", List.of("栏目", "标题", "责任单位", "更新周期（天）", "最后发布", "距今（天）", "剩余（天）", "状态"),
                    in.freshness().columns().stream().map(c -> List.<Object>of(c.column().id(), c.column().title(),
                            in.names().unit(c.column().unitId()).in(lang), c.column().updateDays(), c.last().map(Object::toString).orElse(""),
                            c.daysSince(), c.daysLeft(), c.state().name())).toList());
            List<String> head = new ArrayList<>(List.of("单位/栏目"));
            in.publishing().months().forEach(m -> head.add(m.toString()));
            List<List<Object>> pub = new ArrayList<>();
            series("单位 ", in.publishing().byUnit(), in.names()::unit, lang, pub);
            series("栏目 ", in.publishing().byColumn(), in.names()::column, lang, pub);
            sheet(wb, bold, "信息发布", head, pub);
            List<List<Object>> rev = new ArrayList<>();
            in.timeliness().byLevel().forEach(r -> rev.add(row("级别", r)));
            in.timeliness().byReviewer().forEach(r -> rev.add(row("审核人", r)));
            sheet(wb, bold, "审核及时性", List.of("分组", "名称", "决定数", "按期", "中位（工作日）", "最长（工作日）"), rev);
            List<List<Object>> health = new ArrayList<>();
            health.add(List.of("已豁免", "", in.health().waived()));
            in.health().byRule().forEach((k, v) -> health.add(List.of("规则", k, v)));
            in.health().byUnit().forEach((k, v) -> health.add(List.of("单位", in.names().unit(k).in(lang), v)));
            in.health().deadLinks().forEach(f -> health.add(finding("失效链接", f, lang)));
            in.health().seriousWording().forEach(f -> health.add(finding("严重表述错误", f, lang)));
            in.health().withoutIndexNo().forEach(p -> health.add(List.of("缺少索引号", p, "")));
            in.health().duplicateIndexNo().forEach((k, v) -> health.add(List.of("索引号重复", k, String.join(" ", v))));
            in.backdated().forEach(r -> health.add(List.of("倒签", r.path(), r.shownDay() + " < " + r.onlineDay())));
            in.migrated().forEach(r -> health.add(List.of("迁移内容", r.path(), r.shownDay().toString())));
            in.expired().forEach(p -> health.add(List.of("已到失效日期", p, "")));
            sheet(wb, bold, "内容健康", List.of("类别", "对象", "数量/说明"), health);
            sheet(wb, bold, "趋势", List.of("月份", "新发布", "超期/空白栏目", "首页未更新（天）", "按期率", "倒签"),
                    in.trend().stream().map(p -> List.<Object>of(p.month().toString(), p.published(), p.failingColumns(),
                            p.homeDaysSince(), p.onTimeShare(), p.backdated())).toList());
            List<List<Object>> monthly = new ArrayList<>();
            in.healthTrend().forEach(p -> {
                monthly.add(List.of(p.month().toString(), "", p.open(), p.waived()));
                p.byRule().forEach((rule, n) -> monthly.add(List.of(p.month().toString(), rule, n, "")));
            });
            sheet(wb, bold, "内容健康趋势", List.of("月份", "规则", "未解决", "已豁免"), monthly);
            wb.write(out);
        }
    }

    private static void series(String prefix, Map<String, int[]> byKey, Function<String, Text> name, Lang lang,
            List<List<Object>> rows) {
        byKey.forEach((k, v) -> {
            List<Object> row = new ArrayList<>(List.of(prefix + name.apply(k).in(lang)));
            for (int x : v) {
                row.add(x);
            }
            rows.add(row);
        });
    }

    private static List<Object> row(String group, Timeliness.Row r) {
        return List.of(group, r.name(), r.steps(), r.onTime(), r.median(), r.worst());
    }

    private static List<Object> finding(String group, Finding f, Lang lang) {
        return List.of(group, f.pos().toString(), f.message().in(lang));
    }

    private static void sheet(XSSFWorkbook wb, CellStyle bold, String name, List<String> head, List<List<Object>> rows) {
        Sheet sheet = wb.createSheet(name);
        Row top = sheet.createRow(0);
        for (int c = 0; c < head.size(); c++) {
            top.createCell(c).setCellValue(head.get(c));
            top.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, (c < 2 ? 30 : 14) * 256);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue(String.valueOf(v));
                }
            }
        }
    }
}
