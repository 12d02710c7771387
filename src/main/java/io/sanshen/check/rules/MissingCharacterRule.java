package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.check.lm.DroppedCharacterFinder;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;

/**
 * A word broken by a dropped character (签约仪现场 → 仪式): a stray character that, with one character put back, makes
 * a common word the language model finds far more likely there ({@link DroppedCharacterFinder}). Warnings; measured
 * on both real sets (bench/README.md).
 */
public final class MissingCharacterRule implements Rule {
    public static final String ID = "text.missing-character";
    private final RunResources resources;
    private final DroppedCharacterFinder.Memo memo = new DroppedCharacterFinder.Memo();

    public MissingCharacterRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("正文中可能漏了字的词语（签约仪现场 → 签约仪式现场），由语言模型判断。",
                "A word that probably lost a character (签约仪现场 → 签约仪式现场), judged by a language model.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        ItemTexts.Source body = ItemTexts.body(doc, resources);
        for (DroppedCharacterFinder.Hit hit : DroppedCharacterFinder.standard().find(body.text(), memo)) {
            out.accept(body.finding(ID, Severity.WARNING, hit.start(), hit.end(),
                    Text.of("“" + hit.written() + "”可能漏了字，应为“" + hit.word() + "”。",
                            "'" + hit.written() + "' has probably lost a character: '" + hit.word() + "'."),
                    Text.of("核对后补为“" + hit.word() + "”；原文无误的可忽略。",
                            "Check it and write '" + hit.word() + "'; leave it if the text is right as written.")));
        }
    }
}
