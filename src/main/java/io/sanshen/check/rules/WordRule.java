package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.DocMemo;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.check.text.WordEntry;
import io.sanshen.check.text.WordHit;
import io.sanshen.check.text.WordMatcher;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * 错别字, 禁用语, 敏感词, 不规范用语: terms of the word lists in the title, summary, visible body and attachment text.
 * One matcher per run over all lists and one pass per item, shared by the four instances (one per id, so each can
 * be turned off); a list with another name reports as {@code words.banned}.
 */
public final class WordRule implements Rule {
    /** The four ids, their list file (without .txt) and how bad a hit is. */
    public enum Kind {
        TYPO("words.typo", "typos", Severity.WARNING, "错别字", "typo"),
        BANNED("words.banned", "banned", Severity.BLOCKER, "禁用语", "banned wording"),
        SENSITIVE("words.sensitive", "sensitive", Severity.BLOCKER, "敏感词", "sensitive word"),
        NONSTANDARD("words.nonstandard", "nonstandard", Severity.WARNING, "不规范用语", "non-standard wording");

        final String id;
        final String list;
        final Severity severity;
        final String zh;
        final String en;

        Kind(String id, String list, Severity severity, String zh, String en) {
            this.id = id;
            this.list = list;
            this.severity = severity;
            this.zh = zh;
            this.en = en;
        }

        public String id() {
            return id;
        }

        static Kind ofList(String listId) {
            for (Kind k : values()) {
                if (k.list.equals(listId)) {
                    return k;
                }
            }
            return BANNED;
        }
    }

    private final Kind kind;
    private final DocMemo<List<Finding>> scan;

    public WordRule(CheckContext ctx, Kind kind) {
        this.kind = kind;
        RunResources resources = RunResources.of(ctx);
        WordMatcher matcher = resources.textRules().words();
        this.scan = resources.memo("words", () -> new DocMemo<>(doc -> scan(doc, resources, matcher)));
    }

    @Override
    public String id() {
        return kind.id;
    }

    @Override
    public Text description() {
        return Text.of(kind.zh + "（词表 " + kind.list + ".txt）", kind.en + " (list " + kind.list + ".txt)");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        scan.get(doc).stream().filter(f -> f.ruleId().equals(kind.id)).forEach(out);
    }

    private static List<Finding> scan(ItemDocument doc, RunResources resources, WordMatcher matcher) {
        List<Finding> out = new ArrayList<>();
        ItemTexts.each(ItemTexts.of(doc, resources), source -> {
            for (WordHit hit : matcher.find(source.normalized())) {
                Kind k = Kind.ofList(hit.entry().listId());
                out.add(source.finding(k.id, k.severity, hit.start(), hit.end(), message(k, hit, source.text()),
                        fix(hit.entry())));
            }
        });
        return out;
    }

    private static Text message(Kind k, WordHit hit, String text) {
        String found = hit.found(text);
        String list = hit.entry().listId();
        return Text.of(k.zh + "“" + found + "”（词表 " + list + "）。", capitalized(k.en) + " '" + found + "' (list " + list + ").");
    }

    private static Text fix(WordEntry entry) {
        if (entry.replacement() != null) {
            return Text.of("改为“" + entry.replacement() + "”。", "Write '" + entry.replacement() + "'.");
        }
        return Text.of("删除或改写该表述。", "Remove or reword it.");
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
