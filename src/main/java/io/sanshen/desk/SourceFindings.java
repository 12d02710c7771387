package io.sanshen.desk;

import static io.sanshen.desk.DeskHtml.esc;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Lang;
import java.util.List;

/**
 * The item's source text with every check finding placed where the checks found it: the character at the finding's
 * line:column is marked, and the message and fix follow the line. Positions come from the checks (file:line:col),
 * never from searching the text again.
 */
final class SourceFindings {
    private SourceFindings() {
    }

    static String render(String source, List<Finding> findings) {
        String[] lines = source.split("\n", -1);
        StringBuilder b = new StringBuilder("<div class=\"source\">");
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            List<Finding> here = findings.stream().filter(f -> f.pos().line() == lineNo).sorted().toList();
            String line = lines[i].replace("\r", "");
            if (here.isEmpty()) {
                b.append(esc(line)).append('\n');
                continue;
            }
            int col = Math.max(1, here.get(0).pos().column());
            int start = Math.min(line.length(), line.offsetByCodePoints(0, Math.min(col - 1, line.codePointCount(0, line.length()))));
            int endCol = here.get(0).endColumn() > col ? here.get(0).endColumn() : col + 1;
            int end = Math.min(line.length(), line.offsetByCodePoints(0,
                    Math.min(endCol - 1, line.codePointCount(0, line.length()))));
            b.append(esc(line.substring(0, start))).append("<mark class=\"finding\">")
                    .append(esc(line.substring(start, Math.max(start, end)))).append("</mark>")
                    .append(esc(line.substring(Math.max(start, end))));
            for (Finding f : here) {
                b.append("<span class=\"finding-note\">▲ ").append(esc(f.oneLine(Lang.ZH))).append("</span>");
            }
            b.append('\n');
        }
        List<Finding> whole = findings.stream().filter(f -> f.pos().line() <= 0 || f.pos().line() > lines.length).toList();
        whole.forEach(f -> b.append("<span class=\"finding-note\">▲ ").append(esc(f.oneLine(Lang.ZH))).append("</span>"));
        return b.append("</div>").toString();
    }
}
