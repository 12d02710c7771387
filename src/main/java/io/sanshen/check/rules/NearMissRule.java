package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.check.text.NearMiss;
import io.sanshen.check.text.NearMissMatcher;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;

/**
 * 严重表述错误: a canonical official name or formulation written one character off (中华人民共和国国务阮,
 * 社会主义核心值价观), in the title, summary, visible body and attachment text.
 */
public final class NearMissRule implements Rule {
    public static final String ID = "words.near-miss";
    private final NearMissMatcher matcher;
    private final RunResources resources;

    public NearMissRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
        this.matcher = resources.textRules().nearMisses();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("规范表述写错一字（严重表述错误）", "Canonical official phrases written one character off");
    }

    /**
     * The engine accepts a different last character at a sentence end, for slips like 社会主义核心价值关。 But before
     * a comma or an enumeration mark the different ending is almost always another word of a list or clause
     * (中华人民共和国国籍，… is no slip of 中华人民共和国国歌; local bureaus such as 区住房和城乡建设局 the matcher
     * itself leaves alone, wherever they stand), so only
     * a full stop, question or exclamation mark, a line end or the end of the text keeps such a near miss.
     */
    static boolean otherWordInSentence(NearMiss m, String text) {
        String found = m.found();
        String canonical = m.canonical();
        boolean lastCharOnly = m.kind() == NearMiss.Kind.SUBSTITUTION && found.length() == canonical.length()
                && found.regionMatches(0, canonical, 0, found.length() - 1);
        if (!lastCharOnly || m.end() >= text.length()) {
            return false;
        }
        return "。！？!?\n".indexOf(text.charAt(m.end())) < 0;
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        if (matcher.size() == 0) {
            return;
        }
        ItemTexts.each(ItemTexts.of(doc, resources), source -> {
            for (NearMiss m : matcher.find(source.normalized())) {
                if (otherWordInSentence(m, source.text())) {
                    continue;
                }
                out.accept(source.finding(ID, Severity.BLOCKER, m.start(), m.end(),
                        Text.of("严重表述错误：“" + m.found() + "”应为“" + m.canonical() + "”。",
                                "Serious wording error: '" + m.found() + "' should be '" + m.canonical() + "'."),
                        Text.of("改为“" + m.canonical() + "”。", "Write '" + m.canonical() + "'.")));
            }
        });
    }
}
