package io.sanshen.importer;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** A Word table as a {@link TableGrid}: {@code gridSpan} gives colspans, {@code vMerge} runs give rowspans. */
final class DocxTables {
    private DocxTables() {}

    private record Raw(String text, int column, int colspan, boolean restart, boolean covered) {}

    static TableGrid grid(XWPFTable table) {
        List<List<Raw>> raws = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<Raw> cells = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                boolean merged = pr != null && pr.isSetVMerge();
                boolean restart = merged && pr.getVMerge().getVal() == STMerge.RESTART;
                cells.add(new Raw(cell.getText(), column, span, restart, merged && !restart));
                column += span;
            }
            raws.add(cells);
        }
        TableGrid grid = new TableGrid();
        for (int r = 0; r < raws.size(); r++) {
            List<TableGrid.Cell> row = new ArrayList<>();
            for (Raw c : raws.get(r)) {
                if (!c.covered()) {
                    row.add(new TableGrid.Cell(c.text(), c.colspan(), c.restart() ? rowspan(raws, r, c.column()) : 1));
                }
            }
            grid.addRow(row);
        }
        return grid;
    }

    private static int rowspan(List<List<Raw>> raws, int from, int column) {
        int span = 1;
        for (int r = from + 1; r < raws.size(); r++) {
            boolean continues = raws.get(r).stream().anyMatch(c -> c.column() == column && c.covered());
            if (!continues) {
                break;
            }
            span++;
        }
        return span;
    }
}
