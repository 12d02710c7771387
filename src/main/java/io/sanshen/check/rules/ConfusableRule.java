package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.check.lm.ConfusableFinder;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;

/**
 * Confusable characters in context (自觉接收群众监督 → 接受, 布署 → 部署, 认真的做好 → 地): each character of a
 * confusion set of same-pinyin and look-alike characters is judged by a word bigram language model over HanLP's
 * dictionary ({@link ConfusableFinder}), after a part-of-speech gate (地 before a verb, 的 before a noun). A warning,
 * measured on both real sets (bench/README.md); a swap between two dictionary words of the same part of speech
 * (收到/受到) rests on word frequencies alone and stays a note (info). HanLP loads at the first item checked, not
 * when rules are listed.
 */
public final class ConfusableRule implements Rule {
    public static final String ID = "text.confusable";
    private final RunResources resources;
    private final ConfusableFinder.Memo verdicts = new ConfusableFinder.Memo();

    public ConfusableRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("正文中按上下文判断可能用错的音近、形近字词（接收/接受、布署/部署、的/地/得），由语言模型判断。",
                "Characters that sound or look alike used in the wrong place (接收/接受, 布署/部署, 的/地/得), judged in"
                        + " context by a language model.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        ItemTexts.Source body = ItemTexts.body(doc, resources);
        for (ConfusableFinder.Hit hit : ConfusableFinder.standard().find(body.text(), verdicts)) {
            out.accept(body.finding(ID, hit.confident() ? Severity.WARNING : Severity.INFO, hit.start(), hit.end(),
                    Text.of("“" + hit.written() + "”按上下文可能应为“" + hit.suggestion() + "”。",
                            "'" + hit.written() + "' is probably meant to be '" + hit.suggestion() + "' here."),
                    Text.of("核对后改为“" + hit.suggestion() + "”；原文无误的可忽略。",
                            "Check it and write '" + hit.suggestion() + "'; leave it if the text is right as written.")));
        }
    }
}
