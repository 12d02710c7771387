package io.sanshen.check.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads rule files strictly as UTF-8: a file that is not UTF-8 becomes a problem instead of mojibake entries. */
final class RuleFiles {

    private RuleFiles() {
    }

    /** Text of {@code file} without a leading BOM, or null after adding a problem when it is not valid UTF-8. */
    static String read(Path file, List<LoadProblem> problems) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            problems.add(new LoadProblem(file.toString(), 0, 0, "encoding",
                    "文件不是有效的UTF-8编码，已跳过", "file is not valid UTF-8; skipped"));
            return null;
        }
    }

    /** 1-based column of the first non-blank char of {@code line}. */
    static int firstColumn(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i + 1;
    }
}
