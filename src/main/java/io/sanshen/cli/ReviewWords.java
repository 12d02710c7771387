package io.sanshen.cli;

import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Lang;
import io.sanshen.diag.Text;
import io.sanshen.ledger.PolicyNames;
import io.sanshen.review.ApprovalRecord;
import io.sanshen.review.PathReview;
import java.util.Optional;

/**
 * The words the review commands print for review states, levels and units: the policy's own names in Chinese
 * (二审, 保密审查, 区政府办公室), never the codes the records and JSON use (NEVER_APPROVED, confidentiality, office).
 */
final class ReviewWords {
    private ReviewWords() {
    }

    static String status(PathReview.Status s, Lang lang) {
        if (lang == Lang.EN) {
            return s.name();
        }
        return switch (s) {
            case APPROVED -> "已审核";
            case PENDING -> "待审核";
            case REJECTED -> "已退回";
            case WITHDRAWN -> "已撤稿";
            case NEVER_APPROVED -> "未审核";
            case UNCOVERED -> "无审核规则";
        };
    }

    /** A level as people say it: 二审 / level 2, 保密审查 / confidentiality review. */
    static String level(ApprovalRecord.Level l, Optional<SiteConfig> policy, Lang lang) {
        if (lang == Lang.EN) {
            return l.admin() ? "admin approval" : l.confidentiality() ? "confidentiality review" : "level " + l.number();
        }
        return PolicyNames.level(l, policy.orElse(null));
    }

    /** A {@code waitingFor} value (1, confidentiality, admin) as people say it. */
    static String level(String waitingFor, Optional<SiteConfig> policy, Lang lang) {
        return ReviewLevelOption.named(waitingFor).map(l -> level(l, policy, lang)).orElse(waitingFor);
    }

    static String unit(String unitId, Optional<SiteConfig> policy) {
        return policy.map(c -> PolicyNames.unitName(unitId, c)).orElse(unitId);
    }

    static Text draft() {
        return Text.of("草稿", "draft");
    }
}
