package io.sanshen.check.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-scan state: the text, the hits so far, and the list context (公示/名单) of the current paragraph and of the
 * Markdown headings above it. Both are cached, so queries in text order cost O(n) in total.
 */
final class ScanState {
    final String text;
    final List<PiiHit> hits = new ArrayList<>();
    private final boolean documentIsList;
    private final WordSet listWords;
    private int paraStart = -1;
    private int paraEnd = -1;
    private boolean paraIsList;
    private int headingCursor;
    private int lastHeadingQuery;
    private final boolean[] headingIsList = new boolean[7];

    ScanState(String text, boolean documentIsList, WordSet listWords) {
        this.text = text;
        this.documentIsList = documentIsList;
        this.listWords = listWords;
    }

    void add(int start, int end, PiiKind kind, PiiLevel level, String reasonKey) {
        hits.add(new PiiHit(start, end, kind, text.substring(start, end), level, reasonKey));
    }

    /** The caller said so, or the paragraph of {@code pos}, or a heading above it, names a list. */
    boolean inList(int pos) {
        if (documentIsList) {
            return true;
        }
        if (pos < paraStart || pos >= paraEnd) {
            paraStart = paragraphStart(pos);
            paraEnd = paragraphEnd(pos);
            paraIsList = listWords.anyWithin(text, paraStart, paraEnd);
        }
        return paraIsList || headingsAreList(paraStart);
    }

    private boolean headingsAreList(int pos) {
        if (pos < lastHeadingQuery) {
            headingCursor = 0;
            java.util.Arrays.fill(headingIsList, false);
        }
        while (headingCursor <= pos && headingCursor < text.length()) {
            int end = text.indexOf('\n', headingCursor);
            end = end < 0 ? text.length() : end;
            int level = 0;
            while (headingCursor + level < end && text.charAt(headingCursor + level) == '#' && level < 6) {
                level++;
            }
            if (level > 0 && headingCursor + level < end && text.charAt(headingCursor + level) == ' ') {
                headingIsList[level] = listWords.anyWithin(text, headingCursor, end);
                for (int l = level + 1; l < headingIsList.length; l++) {
                    headingIsList[l] = false;
                }
            }
            headingCursor = end + 1;
        }
        lastHeadingQuery = pos;
        for (boolean b : headingIsList) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    private int paragraphStart(int pos) {
        int i = text.lastIndexOf('\n', pos - 1) + 1;
        while (i > 0) {
            int prevStart = text.lastIndexOf('\n', i - 2) + 1;
            if (blank(prevStart, i - 1)) {
                break;
            }
            i = prevStart;
        }
        return i;
    }

    private int paragraphEnd(int pos) {
        int i = lineEndOf(pos);
        while (i < text.length()) {
            int nextEnd = lineEndOf(i + 1);
            if (blank(i + 1, nextEnd)) {
                break;
            }
            i = nextEnd;
        }
        return Math.max(i, pos + 1);
    }

    private int lineEndOf(int pos) {
        int e = text.indexOf('\n', pos);
        return e < 0 ? text.length() : e;
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
