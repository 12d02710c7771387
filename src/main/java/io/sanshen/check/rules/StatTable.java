package io.sanshen.check.rules;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown table read for statistics: header texts, and body rows of cells with their text (emphasis and
 * thousands separators removed), number value and body offsets. Also knows the two readings of 其中 sub-rows.
 */
record StatTable(List<String> headers, List<Row> rows) {
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?\\s*[%％]?");
    private static final Pattern TOTAL = Pattern.compile(".*(合计|总计|总数)$");
    private static final Pattern SEPARATORS = Pattern.compile("[,%％\\s+]");
    private static final Pattern PERCENT_SPACE = Pattern.compile("[%％\\s]");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`]");
    private static final Pattern SUB = Pattern.compile("^(其中|含)[：:]?.*");

    record Cell(String text, int start, int end) {
        OptionalDouble value() {
            String t = text.replace("，", ",");
            if (!NUMBER.matcher(t).matches()) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(Double.parseDouble(SEPARATORS.matcher(t).replaceAll("")));
        }

        boolean isPercent() {
            return text.endsWith("%") || text.endsWith("％");
        }

        int decimals() {
            int dot = text.indexOf('.');
            return dot < 0 ? 0 : PERCENT_SPACE.matcher(text).replaceAll("").length() - dot - 1;
        }
    }

    record Row(List<Cell> cells) {
        boolean isTotal() {
            return cells.stream().anyMatch(c -> TOTAL.matcher(c.text()).matches());
        }

        /** The name of {@code column}'s value: the nearest text cell to its left (tables may pair two sides). */
        String labelFor(int column) {
            for (int i = Math.min(column, cells.size()) - 1; i >= 0; i--) {
                Cell c = cells.get(i);
                if (c.value().isEmpty() && !c.text().isBlank()) {
                    return c.text();
                }
            }
            return "";
        }

        /** A 其中/含 part of the row above, as far as {@code column} is concerned. */
        boolean isSub(int column) {
            return SUB.matcher(labelFor(column)).matches();
        }

        OptionalDouble value(int column) {
            return column < cells.size() ? cells.get(column).value() : OptionalDouble.empty();
        }
    }

    static List<StatTable> of(Document doc) {
        List<StatTable> out = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof TableBlock block) {
                List<String> headers = new ArrayList<>();
                List<Row> rows = new ArrayList<>();
                for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
                    for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                        if (r instanceof TableRow row) {
                            List<Cell> cells = cells(row);
                            if (section instanceof TableHead) {
                                cells.forEach(c -> headers.add(c.text()));
                            } else if (section instanceof TableBody) {
                                rows.add(new Row(cells));
                            }
                        }
                    }
                }
                out.add(new StatTable(headers, rows));
            }
        }
        return out;
    }

    private static List<Cell> cells(TableRow row) {
        List<Cell> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell cell) {
                String text = EMPHASIS.matcher(cell.getText()).replaceAll("").strip();
                cells.add(new Cell(text, cell.getText().getStartOffset(), Math.max(cell.getText().getEndOffset(),
                        cell.getText().getStartOffset() + 1)));
            }
        }
        return cells;
    }

    String header(int column) {
        return column < headers.size() ? headers.get(column) : "";
    }

    int columns() {
        return Math.max(headers.size(), rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0));
    }

    /**
     * The sums of {@code column} over {@code rows} under both readings of 其中: (a) rows starting with 其中/含 are
     * parts and left out; (b) a 其中 row opens a group of parts of the row above that lasts until the parts add up
     * to it. Tables write both ways, so a total is only wrong when it matches neither.
     */
    static double[] sums(List<Row> rows, int column, double tolerance) {
        double flat = 0;
        double grouped = 0;
        double parent = 0;
        double parts = 0;
        boolean inGroup = false;
        for (Row row : rows) {
            OptionalDouble v = row.value(column);
            if (v.isEmpty()) {
                continue;
            }
            boolean sub = row.isSub(column);
            if (!sub) {
                flat += v.getAsDouble();
            }
            if (sub && !inGroup) {
                inGroup = true;
                parts = 0;
            }
            if (inGroup) {
                parts += v.getAsDouble();
                if (Math.abs(parts - parent) <= tolerance || parts > parent + tolerance) {
                    inGroup = false;
                }
            } else {
                grouped += v.getAsDouble();
                parent = v.getAsDouble();
            }
        }
        return new double[] {flat, grouped};
    }

    static String format(double d) {
        return java.math.BigDecimal.valueOf(Math.round(d * 1000) / 1000.0).stripTrailingZeros().toPlainString();
    }

    static Matcher numbers(String s) {
        return NUMBER.matcher(s);
    }
}
