package io.sanshen.importer;

import io.sanshen.diag.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads a 公示 list from .xlsx (first visible sheet; cells as Excel shows them) or .csv (UTF-8, quoted fields): a
 * title row above the table becomes the title, the rest one table. Masking happens later, on the whole body.
 */
final class SheetReader {
    ReadDocument readWorkbook(InputStream in) throws IOException {
        try (Workbook wb = WorkbookFactory.create(in)) {
            int index = 0;
            while (index < wb.getNumberOfSheets() - 1 && wb.isSheetHidden(index)) {
                index++;
            }
            Sheet sheet = wb.getSheetAt(index);
            DataFormatter fmt = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : fmt.formatCellValue(cell).strip());
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(cells);
            }
            List<Text> leftOut = new ArrayList<>();
            if (wb.getNumberOfSheets() > 1) {
                leftOut.add(Text.of("只导入了工作表“" + sheet.getSheetName() + "”", "only sheet '" + sheet.getSheetName() + "' was imported"));
            }
            List<CellRangeAddress> merged = sheet.getMergedRegions();
            return blocks(rows, merged, leftOut);
        }
    }

    ReadDocument readCsv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString().strip());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString().strip());
            rows.add(row);
        }
        return blocks(rows, List.of(), new ArrayList<>());
    }

    /** Leading rows with one filled cell are the title and notes above the table; the widest rest is the table. */
    private static ReadDocument blocks(List<List<String>> rows, List<CellRangeAddress> merged, List<Text> leftOut) {
        List<Block> blocks = new ArrayList<>();
        int first = 0;
        while (first < rows.size() && rows.get(first).stream().filter(s -> !s.isEmpty()).count() <= 1) {
            rows.get(first).stream().filter(s -> !s.isEmpty()).findFirst()
                    .ifPresent(s -> blocks.add(blocks.isEmpty() ? new Block(Block.Kind.HEADING, 1, Inline.escape(s), s,
                            Block.Align.CENTER) : Block.plainParagraph(s)));
            first++;
        }
        int width = rows.stream().skip(first).mapToInt(List::size).max().orElse(0);
        TableGrid grid = new TableGrid();
        for (int r = first; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            List<TableGrid.Cell> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                row.add(new TableGrid.Cell(c < cells.size() ? cells.get(c) : "", 1, 1));
            }
            grid.addRow(row);
        }
        if (!grid.isEmpty()) {
            blocks.add(new Block(Block.Kind.TABLE, 0, grid.toMarkdown(), grid.plain(), Block.Align.LEFT));
        }
        int tableStart = first;
        if (merged.stream().anyMatch(m -> m.getFirstRow() >= tableStart)) {
            leftOut.add(Text.of("表内合并单元格按各格内容导入", "merged cells inside the table are imported cell by cell"));
        }
        return ReadDocument.ofBlocks(blocks, leftOut);
    }
}
