package io.sanshen.check.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Maps every UTF-16 char to one canonical char so that look-alike spellings compare equal: compatibility forms
 * (full-width ASCII, ideographic space, circled digits) via NFKC, upper to lower case, traditional to simplified
 * Chinese via a table derived from OpenCC. Whitespace, zero-width chars, quotes and most symbols are "noise": they
 * are dropped from the normalized text so that {@code 再 * 接再励} reads as {@code 再接再励}. Clause punctuation
 * (，。、；：？！ brackets) is kept, so a match never runs across a real boundary. Tables are built once per JVM.
 */
public final class TextNormalizer {

    static final byte WORD = 0;
    static final byte NOISE = 1;
    static final byte SPACE = 2;

    /** Emitted for whitespace between two ASCII letters/digits: "ABC DEF" must not read as "abcdef". */
    static final char GAP = ' ';
    /** Emitted for a blank line: a paragraph break is a real boundary. */
    static final char PARAGRAPH = '\n';

    private static final String BOUNDARY_PUNCTUATION = ",;:?!。、…‥｡､";
    private static final TextNormalizer STANDARD = new TextNormalizer();

    private final char[] canonical = new char[65536];
    private final byte[] kind = new byte[65536];

    private TextNormalizer() {
        char[] t2s = loadT2s();
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch)) {
                canonical[c] = ch;
                continue;
            }
            String nfkc = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
            char m = nfkc.length() == 1 ? nfkc.charAt(0) : ch;
            m = Character.toLowerCase(m);
            if (t2s[m] != 0) {
                m = t2s[m];
            }
            canonical[c] = m;
            kind[c] = classify(ch, m);
        }
    }

    /** The shared instance; building it costs a few milliseconds once. */
    public static TextNormalizer standard() {
        return STANDARD;
    }

    /** Canonical form of one char (the char itself when nothing applies). */
    public char canonical(char c) {
        return canonical[c];
    }

    /** True when the char is skipped inside matches (whitespace, zero-width, quotes, * · . _ - | / ★ …). */
    public boolean isNoise(char c) {
        return kind[c] != WORD;
    }

    /** Normalized form of a dictionary term or phrase, as a string. */
    public String normalizeTerm(CharSequence term) {
        return normalize(term).toString();
    }

    /** Normalizes {@code text}, keeping for each normalized char the index of the original char it came from. */
    public NormalizedText normalize(CharSequence text) {
        int n = text.length();
        char[] out = new char[n];
        int[] index = new int[n];
        int len = 0;
        int gapStart = -1;
        int newlines = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            byte k = kind[c];
            if (k == WORD && Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (isSymbol(Character.toCodePoint(c, text.charAt(i + 1)))) {
                    i++;
                    continue;
                }
            }
            if (k == SPACE) {
                if (gapStart < 0) {
                    gapStart = i;
                }
                if (c == '\n') {
                    newlines++;
                }
                continue;
            }
            if (k == NOISE) {
                continue;
            }
            char m = canonical[c];
            if (gapStart >= 0 && len > 0) {
                if (newlines >= 2) {
                    out[len] = PARAGRAPH;
                    index[len++] = gapStart;
                } else if (isAsciiAlnum(out[len - 1]) && isAsciiAlnum(m)) {
                    out[len] = GAP;
                    index[len++] = gapStart;
                }
            }
            gapStart = -1;
            newlines = 0;
            out[len] = m;
            index[len++] = i;
        }
        return new NormalizedText(this, text, out, index, len);
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    private static byte classify(char original, char m) {
        if (Character.isWhitespace(m) || Character.isSpaceChar(m) || Character.isWhitespace(original)) {
            return SPACE;
        }
        if (BOUNDARY_PUNCTUATION.indexOf(m) >= 0) {
            return WORD;
        }
        switch (Character.getType(m)) {
            case Character.CONTROL, Character.FORMAT, Character.DASH_PUNCTUATION, Character.CONNECTOR_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.OTHER_PUNCTUATION:
                return NOISE;
            default:
                return WORD;
        }
    }

    private static boolean isSymbol(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.MATH_SYMBOL
                || type == Character.FORMAT;
    }

    private static char[] loadT2s() {
        char[] table = new char[65536];
        try (InputStream in = TextNormalizer.class.getResourceAsStream("t2s.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource io/sanshen/check/text/t2s.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.length() == 2 && line.charAt(0) != '#') {
                    table[line.charAt(0)] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
