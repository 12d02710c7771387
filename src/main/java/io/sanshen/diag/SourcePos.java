package io.sanshen.diag;

/**
 * A position in a repository file: path relative to the site root (forward slashes), 1-based line and column.
 * Line 0 means "the whole file".
 */
public record SourcePos(String path, int line, int column) implements Comparable<SourcePos> {
    public static SourcePos file(String path) {
        return new SourcePos(path, 0, 0);
    }

    public SourcePos shifted(int lineOffset) {
        return line == 0 ? this : new SourcePos(path, line + lineOffset, column);
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = path.compareTo(o.path);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line == 0 ? path : path + ":" + line + ":" + column;
    }
}
