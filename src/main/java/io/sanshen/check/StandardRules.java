package io.sanshen.check;

import io.sanshen.check.pii.PiiKind;
import io.sanshen.check.rules.AttachmentLeakRule;
import io.sanshen.check.rules.AttachmentSizeRule;
import io.sanshen.check.rules.AttachmentTypeRule;
import io.sanshen.check.rules.AttachmentUncheckedRule;
import io.sanshen.check.rules.DeadLinkRule;
import io.sanshen.check.rules.ExternalLinkRule;
import io.sanshen.check.rules.HiddenLinkRule;
import io.sanshen.check.rules.MaskingConfigRule;
import io.sanshen.check.rules.NearMissRule;
import io.sanshen.check.rules.PrivacyRule;
import io.sanshen.check.rules.TemplateHiddenLinkRule;
import io.sanshen.check.rules.WordListProblemRule;
import io.sanshen.check.rules.WordRule;
import io.sanshen.check.rules.WrongLinkRule;

/** Registers every shipped rule, in the order their findings are documented. */
final class StandardRules {
    private StandardRules() {
    }

    static void register(RuleRegistry r) {
        // Rules are added here as they are written; each has its own class in io.sanshen.check.rules.
        // part B: links, privacy, words, attachments
        r.item(DeadLinkRule.ID, DeadLinkRule::new);
        r.item(HiddenLinkRule.ID, ctx -> new HiddenLinkRule());
        r.site(TemplateHiddenLinkRule.ID, TemplateHiddenLinkRule::new);
        r.item(WrongLinkRule.ID, WrongLinkRule::new);
        r.site(ExternalLinkRule.ID, ExternalLinkRule::new);
        for (PiiKind kind : PiiKind.values()) {
            r.item(PrivacyRule.idOf(kind), ctx -> new PrivacyRule(ctx, kind));
        }
        r.site(MaskingConfigRule.ID, MaskingConfigRule::new);
        for (WordRule.Kind kind : WordRule.Kind.values()) {
            r.item(kind.id(), ctx -> new WordRule(ctx, kind));
        }
        r.item(NearMissRule.ID, NearMissRule::new);
        r.site(WordListProblemRule.ID, WordListProblemRule::new);
        r.item(AttachmentTypeRule.ID, AttachmentTypeRule::new);
        r.item(AttachmentSizeRule.ID, AttachmentSizeRule::new);
        r.item(AttachmentLeakRule.ID, AttachmentLeakRule::new);
        r.item(AttachmentUncheckedRule.ID, AttachmentUncheckedRule::new);
        // end of part B
    }
}
