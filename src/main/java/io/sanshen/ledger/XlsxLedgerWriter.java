package io.sanshen.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel workbook: sheet 审核台账 (bold frozen header, widths, real dates, filter) and sheet 被忽略的记录. */
final class XlsxLedgerWriter {
    static final String SHEET = "审核台账";
    static final String IGNORED_SHEET = "被忽略的记录";

    private XlsxLedgerWriter() {
    }

    static void write(Ledger ledger, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Sheet sheet = wb.createSheet(SHEET);
            header(sheet, LedgerColumns.HEADERS, bold);
            int r = 1;
            for (LedgerEntry e : ledger.entries()) {
                Row row = sheet.createRow(r++);
                List<String> values = LedgerColumns.values(e);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (c == LedgerColumns.TIME) {
                        cell.setCellValue(e.localTime());
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(values.get(c));
                    }
                }
            }
            for (int c = 0; c < LedgerColumns.WIDTHS.length; c++) {
                sheet.setColumnWidth(c, LedgerColumns.WIDTHS[c] * 256);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, LedgerColumns.HEADERS.size() - 1));
            Sheet ignored = wb.createSheet(IGNORED_SHEET);
            header(ignored, LedgerColumns.IGNORED_HEADERS, bold);
            int i = 1;
            for (var rec : ledger.ignored()) {
                Row row = ignored.createRow(i++);
                List<String> values = LedgerColumns.values(rec);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            int[] widths = {42, 40, 40, 40};
            for (int c = 0; c < widths.length; c++) {
                ignored.setColumnWidth(c, widths[c] * 256);
            }
            wb.write(out);
        }
    }

    private static void header(Sheet sheet, List<String> names, CellStyle bold) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }
}
