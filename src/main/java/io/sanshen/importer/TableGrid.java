package io.sanshen.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A table read from a document: rows of cells with their spans. Without merged cells it becomes a Markdown pipe
 * table (first row as header); with them an HTML table the sanitizer accepts ({@code colspan}/{@code rowspan}), so
 * the merge survives.
 */
final class TableGrid {
    /** One cell as written in the source (a cell covered by a merge is not listed). */
    record Cell(String text, int colspan, int rowspan) {}

    private final List<List<Cell>> rows = new ArrayList<>();

    void addRow(List<Cell> row) {
        rows.add(List.copyOf(row));
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    boolean hasMergedCells() {
        return rows.stream().flatMap(List::stream).anyMatch(c -> c.colspan() > 1 || c.rowspan() > 1)
                || rows.stream().mapToInt(List::size).distinct().count() > 1;
    }

    /** All cell texts, row by row, for the layout reader and tests. */
    String plain() {
        StringBuilder b = new StringBuilder();
        rows.forEach(r -> r.forEach(c -> b.append(c.text()).append(' ')));
        return b.toString().strip();
    }

    String toMarkdown() {
        return hasMergedCells() ? html() : pipes();
    }

    private String pipes() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            b.append('|');
            rows.get(i).forEach(c -> b.append(' ').append(Inline.escape(oneLine(c.text()))).append(" |"));
            b.append('\n');
            if (i == 0) {
                b.append('|');
                rows.get(0).forEach(c -> b.append(" --- |"));
                b.append('\n');
            }
        }
        return b.toString().stripTrailing();
    }

    private String html() {
        StringBuilder b = new StringBuilder("<table>\n");
        for (int i = 0; i < rows.size(); i++) {
            b.append("<tr>");
            String tag = i == 0 ? "th" : "td";
            for (Cell c : rows.get(i)) {
                b.append('<').append(tag);
                if (c.colspan() > 1) {
                    b.append(" colspan=\"").append(c.colspan()).append('"');
                }
                if (c.rowspan() > 1) {
                    b.append(" rowspan=\"").append(c.rowspan()).append('"');
                }
                b.append('>').append(htmlEscape(oneLine(c.text()))).append("</").append(tag).append('>');
            }
            b.append("</tr>\n");
        }
        return b.append("</table>").toString();
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String htmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
