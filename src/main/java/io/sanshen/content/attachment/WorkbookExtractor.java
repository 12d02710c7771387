package io.sanshen.content.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Text and leaks of XLS and XLSX workbooks through POI's common spreadsheet model: one segment per non-blank cell
 * ({@code Sheet1!B4}), formulas by their cached result (what a reader of the file sees), cell comments, hidden and
 * very hidden sheets, and data in hidden rows or columns.
 */
final class WorkbookExtractor {

    private WorkbookExtractor() {
    }

    static void extractXlsx(byte[] bytes, InspectionSink sink) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            workbook(wb, sink);
            MetadataLeaks.ooxml(wb, sink);
        }
    }

    static void extractXls(byte[] bytes, InspectionSink sink) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(bytes))) {
            workbook(wb, sink);
            MetadataLeaks.ole(wb.getSummaryInformation(), sink);
            MetadataLeaks.oleMacros(wb.getDirectory(), sink);
        }
    }

    private static void workbook(Workbook wb, InspectionSink sink) {
        DataFormatter format = new DataFormatter(Locale.ROOT);
        format.setUseCachedValuesForFormulaCells(true);
        for (int i = 0; i < wb.getNumberOfSheets() && !sink.full(); i++) {
            Sheet sheet = wb.getSheetAt(i);
            SheetVisibility visibility = wb.getSheetVisibility(i);
            if (visibility != SheetVisibility.VISIBLE) {
                sink.leak(Locator.sheet(sheet.getSheetName()), LeakKind.HIDDEN_SHEET,
                        visibility == SheetVisibility.VERY_HIDDEN ? "very hidden" : "hidden");
            }
            cells(sheet, format, sink);
            comments(sheet, sink);
        }
    }

    private static void cells(Sheet sheet, DataFormatter format, InspectionSink sink) {
        String name = sheet.getSheetName();
        int hidden = 0;
        String firstHidden = null;
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = format.formatCellValue(cell);
                if (text.isBlank()) {
                    continue;
                }
                String ref = cell.getAddress().formatAsString();
                if (!sink.text(Locator.cell(name, ref), text)) {
                    return;
                }
                if (row.getZeroHeight() || sheet.isColumnHidden(cell.getColumnIndex())) {
                    hidden++;
                    firstHidden = firstHidden == null ? ref : firstHidden;
                }
            }
        }
        if (hidden > 0) {
            sink.leak(Locator.cell(name, firstHidden), LeakKind.HIDDEN_CELLS, hidden + " cells with data");
        }
    }

    /** Sorted by address, so findings come in reading order whatever the file's storage order. */
    private static void comments(Sheet sheet, InspectionSink sink) {
        String name = sheet.getSheetName();
        Map<CellAddress, ? extends Comment> comments = new TreeMap<>(sheet.getCellComments());
        comments.forEach((address, comment) -> {
            String ref = address.formatAsString();
            String author = comment.getAuthor() == null ? "" : comment.getAuthor().strip();
            sink.leak(Locator.cell(name, ref), LeakKind.COMMENTS, author.isEmpty() ? "" : "author: " + author);
            if (comment.getString() != null) {
                sink.text(Locator.cellComment(name, ref), comment.getString().getString());
            }
        });
    }
}
