package io.sanshen.check.rules;

import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that say a text was meant to stay inside (内部资料, 注意保密, 不得外传 …). Not proof of a secret, but the
 * 保密审查 must look at it before publication, so a warning that a reviewer has to waive.
 */
public final class SecrecyKeywordRule implements Rule {
    public static final String ID = "secrecy.keyword";
    private static final List<String> PHRASE_LIST = List.of("内部资料", "内部文件", "内部刊物", "内部使用", "内部传阅",
            "内部参考", "仅供内部", "仅限内部", "注意保密", "不得外传", "严禁外传", "请勿外传", "不得公开", "不宜公开", "不对外公开");
    private static final Pattern PHRASES = Pattern.compile(String.join("|", PHRASE_LIST));
    /** "不属于内部资料", "并非内部文件": the phrase is denied, so nothing to review. */
    private static final Pattern NEGATED = Pattern.compile("(不属于|并非|不是|非)$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("稿件含有“内部资料”“注意保密”“不得外传”等字样，须经保密审查确认可以公开。",
                "The item contains phrases such as 内部资料, 注意保密 or 不得外传; the confidentiality review must confirm it may be published.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        Matcher t = PHRASES.matcher(doc.item().title());
        if (t.find()) {
            out.accept(doc.fieldFinding(ID, Severity.WARNING, "title", message(t.group()), fix()));
        }
        if (!mentionsAny(doc.body())) {
            return; // String.indexOf is intrinsic and much faster than trying the alternation at every position
        }
        Matcher m = PHRASES.matcher(doc.body());
        while (m.find()) {
            String before = doc.body().substring(Math.max(0, m.start() - 3), m.start());
            if (!NEGATED.matcher(before).find()) {
                out.accept(doc.finding(ID, Severity.WARNING, m.start(), m.end(), message(m.group()), fix()));
            }
        }
    }

    private static boolean mentionsAny(String text) {
        for (String p : PHRASE_LIST) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static Text message(String phrase) {
        return Text.of("出现“" + phrase + "”字样，说明原文可能不宜公开。", "The phrase '" + phrase + "' suggests the text may not be meant for the public.");
    }

    private static Text fix() {
        return Text.of("交保密审查人员确认可以公开；可以公开的，删除该字样。",
                "Ask the confidentiality reviewer to confirm it may be published, then remove the phrase.");
    }
}
