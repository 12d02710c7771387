package io.sanshen.check.rules;

import io.sanshen.check.CheckContext;
import io.sanshen.check.ItemDocument;
import io.sanshen.check.SiteRule;
import io.sanshen.check.text.LoadProblem;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.util.List;
import java.util.function.Consumer;

/** Mistakes in the site's word lists (entries that were ignored), at list file:line:col. */
public final class WordListProblemRule implements SiteRule {
    public static final String ID = "words.list";
    private final RunResources resources;

    public WordListProblemRule(CheckContext ctx) {
        this.resources = RunResources.of(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("词表文件中的错误", "Mistakes in the word list files");
    }

    @Override
    public boolean readsItems() {
        return false;
    }

    @Override
    public void check(List<ItemDocument> docs, Consumer<Finding> out) {
        for (LoadProblem p : resources.textRules().problems()) {
            out.accept(Finding.of(ID, Severity.WARNING, new SourcePos(p.source(), p.line(), p.column()),
                    Text.of(p.messageZh() + "。", p.messageEn() + "."),
                    Text.of("按“错误写法 => 正确写法”每行一条改正该行，或删除它。",
                            "Fix the line as 'wrong => right', one entry per line, or delete it.")));
        }
    }
}
