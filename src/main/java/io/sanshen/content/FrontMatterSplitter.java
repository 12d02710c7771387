package io.sanshen.content;

import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front matter (between a first line {@code ---} and the next line
 * {@code ---} or {@code ...}) and its body, remembering on which line each starts.
 */
public record FrontMatterSplitter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    public static Optional<FrontMatterSplitter> split(String text) {
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) {
            return Optional.empty();
        }
        int lineNo = 2;
        int start = text.indexOf('\n') + 1;
        int i = start;
        while (i <= text.length()) {
            int end = text.indexOf('\n', i);
            int lineEnd = end < 0 ? text.length() : end;
            String line = text.substring(i, lineEnd).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatterSplitter(text.substring(start, i), 2, body, lineNo + 1));
            }
            if (end < 0) {
                break;
            }
            i = end + 1;
            lineNo++;
        }
        return Optional.empty();
    }
}
