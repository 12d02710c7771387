package io.sanshen.check.rules;

import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The title names the document type (…的通知, …的意见, …令); the genre should say the same. Only the endings the
 * 公文 title formula produces are read, so 招聘公告 or 统计公报 without 的 say nothing.
 */
public final class GenreTitleRule implements Rule {
    /** Bracketed notes after the title: …的通知（征求意见稿）. */
    private static final java.util.regex.Pattern TRAILING_NOTE = java.util.regex.Pattern.compile("([（(][^（()）]*[)）])+$");
    public static final String ID = "format.genre-title";
    /** Title ending → accepted genres (the first is suggested). Longer endings first. */
    private static final List<Map.Entry<String, List<String>>> ENDINGS = List.of(
            Map.entry("会议纪要", List.of("纪要")), Map.entry("的纪要", List.of("纪要")),
            Map.entry("通知", List.of("通知")), Map.entry("的意见", List.of("意见")), Map.entry("的决定", List.of("决定")),
            Map.entry("的批复", List.of("批复")), Map.entry("的函", List.of("函")), Map.entry("的通告", List.of("通告")),
            Map.entry("的公告", List.of("公告")), Map.entry("的报告", List.of("报告")), Map.entry("的请示", List.of("请示")),
            Map.entry("的通报", List.of("通报")), Map.entry("的决议", List.of("决议")), Map.entry("的公报", List.of("公报")),
            Map.entry("的议案", List.of("议案")), Map.entry("的命令", List.of("命令（令）", "命令", "令")),
            Map.entry("令", List.of("命令（令）", "命令", "令")));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("体裁分类须与标题中的文种一致（如“…的通知”体裁为通知）。",
                "The genre must match the document type named by the title (…的通知 is a 通知).");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        String genre = doc.item().meta().genre().strip();
        if (genre.isEmpty()) {
            return;
        }
        String title = TRAILING_NOTE.matcher(doc.item().title().strip()).replaceAll("").strip();
        for (Map.Entry<String, List<String>> e : ENDINGS) {
            if (title.endsWith(e.getKey())) {
                boolean matches = e.getValue().stream().anyMatch(g -> genre.equals(g) || genre.endsWith(g));
                if (!matches) {
                    String right = e.getValue().get(0);
                    out.accept(doc.fieldFinding(ID, Severity.WARNING, "genre", Text.of("标题以“" + e.getKey() + "”结尾，体裁却是“"
                            + genre + "”。", "The title ends in '" + e.getKey() + "' but the genre is '" + genre + "'."),
                            Text.of("把体裁改为“" + right + "”，或核对标题中的文种。", "Set genre to '" + right + "', or check the title's document type.")));
                }
                return;
            }
        }
    }
}
