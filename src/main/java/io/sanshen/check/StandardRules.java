package io.sanshen.check;

import io.sanshen.check.rules.AttachmentOnlyRule;
import io.sanshen.check.rules.DatesRule;
import io.sanshen.check.rules.DisclosureRule;
import io.sanshen.check.rules.DocNoBodyRule;
import io.sanshen.check.rules.DocNoRule;
import io.sanshen.check.rules.GenreTitleRule;
import io.sanshen.check.rules.ImageAltRule;
import io.sanshen.check.rules.IndexNoRule;
import io.sanshen.check.rules.IndexNoUniqueRule;
import io.sanshen.check.rules.ReprintRule;
import io.sanshen.check.rules.RequiredMetadataRule;
import io.sanshen.check.rules.SecrecyKeywordRule;
import io.sanshen.check.rules.SecrecyMarkRule;
import io.sanshen.check.rules.ShareColumnRule;
import io.sanshen.check.rules.ShareSentenceRule;
import io.sanshen.check.rules.SuperiorDocumentRule;
import io.sanshen.check.rules.TitleRule;
import io.sanshen.check.rules.TotalRowRule;

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
        r.item(DatesRule.ID, DatesRule::new);
        r.item(DocNoRule.ID, ctx -> new DocNoRule());
        r.item(DocNoBodyRule.ID, ctx -> new DocNoBodyRule());
        r.item(IndexNoRule.ID, ctx -> new IndexNoRule());
        r.site(IndexNoUniqueRule.ID, IndexNoUniqueRule::new);
        r.item(GenreTitleRule.ID, ctx -> new GenreTitleRule());
        r.item(TitleRule.ID, TitleRule::new);
        r.item(AttachmentOnlyRule.ID, ctx -> new AttachmentOnlyRule());
        r.item(ImageAltRule.ID, ctx -> new ImageAltRule());
        r.item(ShareColumnRule.ID, ctx -> new ShareColumnRule());
        r.item(TotalRowRule.ID, ctx -> new TotalRowRule());
        r.item(ShareSentenceRule.ID, ctx -> new ShareSentenceRule());
        // end of part A
    }
}
