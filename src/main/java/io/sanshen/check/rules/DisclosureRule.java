package io.sanshen.check.rules;

import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.content.Disclosure;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;

/** 公开属性 other than 主动公开: 依申请公开 and 不予公开 information never goes on the portal. */
public final class DisclosureRule implements Rule {
    public static final String ID = "disclosure.not-public";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("公开属性为依申请公开或不予公开的信息不得在网站发布。",
                "Items whose disclosure is 依申请公开 (on request) or 不予公开 (withheld) must not be published.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        Disclosure d = doc.item().meta().disclosure();
        if (d != Disclosure.PROACTIVE) {
            out.accept(doc.fieldFinding(ID, Severity.BLOCKER, "disclosure",
                    Text.of("公开属性为“" + d.label() + "”，不能在网站主动公开。",
                            "Disclosure is '" + d.label() + "', which may not be published on the portal."),
                    Text.of(d == Disclosure.ON_REQUEST ? "依申请公开的信息只答复申请人；把本稿件移出 content/，或经审查改为主动公开。"
                                    : "不予公开的信息不得上网；把本稿件移出 content/。",
                            d == Disclosure.ON_REQUEST ? "Answer the applicant only: move the item out of content/, or have it reviewed and set to 主动公开."
                                    : "Move the item out of content/.")));
        }
    }
}
