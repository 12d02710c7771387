package io.sanshen.content;

import io.sanshen.diag.Findings;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8 decoding. Office editors often save GBK; rather than show mojibake we say which encoding the bytes
 * look like and where the first non-UTF-8 byte is.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static Optional<String> decode(byte[] bytes, String path, Findings sink) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            report(sink, path, 1, 1, "UTF-16");
            return Optional.empty();
        }
        try {
            String s = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            report(sink, path, line, column, guess(bytes));
            return Optional.empty();
        }
    }

    /** The encoding the bytes decode cleanly in, among those Chinese office software writes. */
    static String guess(byte[] bytes) {
        for (String name : new String[] {"GBK", "GB18030", "Big5"}) {
            try {
                strict(Charset.forName(name)).decode(ByteBuffer.wrap(bytes));
                return name;
            } catch (CharacterCodingException | IllegalArgumentException e) {
                // not this one; try the next
            }
        }
        return "未知/unknown";
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstInvalidUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
            if (n < 0 || i + n >= b.length) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return b.length;
    }

    private static void report(Findings sink, String path, int line, int column, String encoding) {
        sink.error("content.encoding", new SourcePos(path, line, column),
                Text.of("文件不是 UTF-8 编码，看起来是 " + encoding + " 编码；继续读取会产生乱码。",
                        "The file is not UTF-8; it looks like " + encoding + ". Reading it would produce mojibake."),
                Text.of("用编辑器以“UTF-8”编码另存该文件（例如 iconv -f " + encoding.split("/")[0]
                                + " -t UTF-8）。", "Save it as UTF-8 (for example iconv -f " + encoding.split("/")[0]
                                + " -t UTF-8)."));
    }
}
