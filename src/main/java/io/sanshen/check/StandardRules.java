package io.sanshen.check;

import io.sanshen.check.pii.PiiKind;
import io.sanshen.check.rules.ActiveContentRule;
import io.sanshen.check.rules.AttachmentLeakRule;
import io.sanshen.check.rules.AttachmentOnlyRule;
import io.sanshen.check.rules.AttachmentSizeRule;
import io.sanshen.check.rules.AttachmentTypeRule;
import io.sanshen.check.rules.AttachmentUncheckedRule;
import io.sanshen.check.rules.CitedDocNoRule;
import io.sanshen.check.rules.ConfusableRule;
import io.sanshen.check.rules.ContradictionRule;
import io.sanshen.check.rules.DateTextRule;
import io.sanshen.check.rules.DatesRule;
import io.sanshen.check.rules.DeadLinkRule;
import io.sanshen.check.rules.UnpublishedLinkRule;
import io.sanshen.check.rules.DisclosureRule;
import io.sanshen.check.rules.DocNoBodyRule;
import io.sanshen.check.rules.DocNoRule;
import io.sanshen.check.rules.ExternalLinkRule;
import io.sanshen.check.rules.GarbledTextRule;
import io.sanshen.check.rules.GenreTitleRule;
import io.sanshen.check.rules.HiddenLinkRule;
import io.sanshen.check.rules.ImageAltRule;
import io.sanshen.check.rules.IndexNoRule;
import io.sanshen.check.rules.IndexNoUniqueRule;
import io.sanshen.check.rules.LabelValueRule;
import io.sanshen.check.rules.MaskingConfigRule;
import io.sanshen.check.rules.MissingCharacterRule;
import io.sanshen.check.rules.NearMissRule;
import io.sanshen.check.rules.PrivacyRule;
import io.sanshen.check.rules.PunctuationRule;
import io.sanshen.check.rules.RepeatedWordRule;
import io.sanshen.check.rules.ReprintRule;
import io.sanshen.check.rules.RequiredMetadataRule;
import io.sanshen.check.rules.SecrecyKeywordRule;
import io.sanshen.check.rules.SecrecyMarkRule;
import io.sanshen.check.rules.ShareColumnRule;
import io.sanshen.check.rules.ShareSentenceRule;
import io.sanshen.check.rules.SuperiorDocumentRule;
import io.sanshen.check.rules.TemplateHiddenLinkRule;
import io.sanshen.check.rules.TitleRule;
import io.sanshen.check.rules.TotalRowRule;
import io.sanshen.check.rules.WordListProblemRule;
import io.sanshen.check.rules.WordRule;
import io.sanshen.check.rules.WrongLinkRule;

/** Registers every shipped rule, in the order their findings are documented. */
final class StandardRules {
    private StandardRules() {
    }

    static void register(RuleRegistry r) {
        // part A: secrecy, disclosure, reprints, format, statistics
        r.item(SecrecyMarkRule.ID, ctx -> new SecrecyMarkRule());
        r.item(SecrecyKeywordRule.ID, ctx -> new SecrecyKeywordRule());
        r.item(DisclosureRule.ID, ctx -> new DisclosureRule());
        r.item(SuperiorDocumentRule.ID, SuperiorDocumentRule::new);
        r.item(ReprintRule.ID, ReprintRule::new);
        r.item(RequiredMetadataRule.ID, ctx -> new RequiredMetadataRule());
        r.item(DatesRule.ID, RuleRegistry.Reads.TODAY, DatesRule::new);
        r.item(DocNoRule.ID, ctx -> new DocNoRule());
        r.item(DocNoBodyRule.ID, ctx -> new DocNoBodyRule());
        r.item(IndexNoRule.ID, ctx -> new IndexNoRule(ctx.checks()));
        r.site(IndexNoUniqueRule.ID, IndexNoUniqueRule::new);
        r.item(GenreTitleRule.ID, ctx -> new GenreTitleRule());
        r.item(TitleRule.ID, TitleRule::new);
        r.item(AttachmentOnlyRule.ID, ctx -> new AttachmentOnlyRule());
        r.item(ImageAltRule.ID, ctx -> new ImageAltRule());
        r.item(ShareColumnRule.ID, ctx -> new ShareColumnRule());
        r.item(TotalRowRule.ID, ctx -> new TotalRowRule());
        r.item(ShareSentenceRule.ID, ctx -> new ShareSentenceRule());
        // end of part A
        // part B: links, privacy, words, attachments
        r.item(DeadLinkRule.ID, RuleRegistry.Reads.SITE, DeadLinkRule::new);
        r.item(UnpublishedLinkRule.ID, RuleRegistry.Reads.SITE, UnpublishedLinkRule::new);
        r.item(HiddenLinkRule.ID, ctx -> new HiddenLinkRule());
        r.site(TemplateHiddenLinkRule.ID, TemplateHiddenLinkRule::new);
        r.item(WrongLinkRule.ID, RuleRegistry.Reads.SITE, WrongLinkRule::new);
        r.site(ExternalLinkRule.ID, ExternalLinkRule::new);
        for (PiiKind kind : PiiKind.values()) {
            // birth dates in ID numbers are judged against today
            r.item(PrivacyRule.idOf(kind), RuleRegistry.Reads.TODAY, ctx -> new PrivacyRule(ctx, kind));
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
        r.site(ActiveContentRule.ID, ActiveContentRule::new);
        // end of part B
        // part C: body text (dates, cited 文号, punctuation, repeated words, label/value mismatches, confusable, missing and garbled characters, contradictions)
        r.item(DateTextRule.ID, DateTextRule::new);
        r.item(CitedDocNoRule.ID, CitedDocNoRule::new);
        r.item(PunctuationRule.ID, PunctuationRule::new);
        r.item(RepeatedWordRule.ID, RepeatedWordRule::new);
        r.item(LabelValueRule.ID, LabelValueRule::new);
        r.item(ConfusableRule.ID, ConfusableRule::new);
        r.item(MissingCharacterRule.ID, MissingCharacterRule::new);
        r.item(GarbledTextRule.ID, GarbledTextRule::new);
        r.item(ContradictionRule.ID, ContradictionRule::new);
        // end of part C
    }
}
