package io.sanshen.ledger;

import io.sanshen.config.ReviewLevel;
import io.sanshen.config.Reviewer;
import io.sanshen.config.SiteConfig;
import io.sanshen.config.Unit;
import io.sanshen.review.ApprovalRecord.Level;

/** How a policy names levels, roles and units for people reading the ledger, the forms and the review commands. */
public final class PolicyNames {
    static final String CONFIDENTIALITY = "保密审查";
    static final String ADMIN = "管理员审批";
    static final String WITHDRAWAL = "失效审批";

    private PolicyNames() {
    }

    /** The level's name in the policy; {@code config} may be null (no approved policy yet). */
    public static String level(Level l, SiteConfig config) {
        if (l.admin()) {
            return ADMIN;
        }
        if (l.confidentiality()) {
            return CONFIDENTIALITY;
        }
        if (l.number() == 0) {
            return WITHDRAWAL;
        }
        // without a policy (none approved yet) a level is named by its number
        return (config == null ? java.util.Optional.<ReviewLevel>empty() : config.review().level(l.number()))
                .map(ReviewLevel::name).orElse("第" + l.number() + "级");
    }

    /** The role the signer acts in: the level's role; for a withdrawal without level, the first level role held. */
    static String role(Level l, SiteConfig config, Reviewer who, String unitId) {
        if (l.admin()) {
            return "管理员";
        }
        var rp = config.review();
        if (l.confidentiality()) {
            return rp.confidentiality().byRole() ? rp.confidentiality().role()
                    : rp.level(rp.confidentiality().level()).map(ReviewLevel::role).orElse(CONFIDENTIALITY);
        }
        if (l.number() == 0) {
            return rp.levels().stream().map(ReviewLevel::role).filter(r -> who.holds(r, unitId)).findFirst().orElse("");
        }
        return rp.level(l.number()).map(ReviewLevel::role).orElse("");
    }

    public static String unitName(String unitId, SiteConfig config) {
        return config.unit(unitId).map(Unit::name).filter(n -> !n.isEmpty()).orElse(unitId);
    }
}
