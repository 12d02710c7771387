package io.sanshen.config;

import io.sanshen.diag.Findings;
import io.sanshen.diag.SourcePos;
import io.sanshen.diag.Text;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Cross-checks of the review policy against units and columns: known units, unique names and keys, admins that
 * exist, and for every unit that owns a column, someone eligible for every level (else that column could never
 * publish, which is a config error rather than a surprise at review time).
 */
final class ReviewPolicyValidator {
    private ReviewPolicyValidator() {
    }

    static void validate(SiteConfig c, SourcePos reviewPos, Findings sink) {
        ReviewPolicy p = c.review();
        if (!p.configured()) {
            return;
        }
        Set<String> units = new HashSet<>();
        c.units().forEach(u -> units.add(u.id()));
        Set<String> names = new HashSet<>();
        Map<String, String> keyOwner = new HashMap<>();
        for (Reviewer r : p.reviewers()) {
            if (!names.add(r.name())) {
                sink.error("config.reviewer-duplicate", r.pos(), Text.of("审核人“" + r.name() + "”重复登记。",
                        "Reviewer '" + r.name() + "' is listed twice."), Text.of("每人只登记一次，多个角色写在 roles 中。",
                        "List each person once; put several roles under roles."));
            }
            if (!units.contains(r.unitId())) {
                sink.error("config.reviewer-unit", r.pos(), Text.of("审核人“" + r.name() + "”所在单位“" + r.unitId()
                        + "”未在 units 中定义。", "Reviewer '" + r.name() + "' is in unit '" + r.unitId()
                        + "', which is not defined under units."), Text.of("填写 units 中已有的单位 id。", "Use a unit id defined under units."));
            }
            for (RoleGrant g : r.roles()) {
                if (!units.contains(g.unitId())) {
                    sink.error("config.reviewer-unit", r.pos(), Text.of("角色“" + g.role() + "@" + g.unitId()
                            + "”中的单位未定义。", "Unit of role '" + g.role() + "@" + g.unitId() + "' is not defined."),
                            Text.of("写成“角色@单位id”。", "Write 'role@unit-id'."));
                }
            }
            for (KeySpec k : r.keys()) {
                String other = keyOwner.putIfAbsent(k.key().fingerprint(), r.name());
                if (other != null && !other.equals(r.name())) {
                    sink.error("config.key-shared", k.pos(), Text.of("该公钥已登记给“" + other + "”；一把密钥只能属于一人。",
                            "This key is already registered for '" + other + "'; a key belongs to one person."),
                            Text.of("每位审核人使用自己的密钥。", "Each reviewer uses their own key."));
                }
            }
        }
        for (String admin : p.admins()) {
            if (!names.contains(admin)) {
                sink.error("config.admin-unknown", reviewPos, Text.of("管理员“" + admin + "”不在 reviewers 中。",
                        "Admin '" + admin + "' is not listed under reviewers."), Text.of("先在 reviewers 中登记此人。", "Register the person under reviewers first."));
            }
        }
        if (p.adminThreshold() > Math.max(1, p.admins().size())) {
            sink.error("config.admin-threshold", reviewPos, Text.of("admin-threshold 为 " + p.adminThreshold()
                    + "，但只有 " + p.admins().size() + " 名管理员。", "admin-threshold is " + p.adminThreshold() + " but there are only "
                    + p.admins().size() + " admins."), Text.of("降低门槛或增加管理员。", "Lower the threshold or add admins."));
        }
        Set<String> reported = new HashSet<>();
        for (Column col : c.columns()) {
            for (ReviewLevel level : p.levels()) {
                if (p.eligible(level, col.unitId()).isEmpty() && reported.add(col.unitId() + "/" + level.number())) {
                    sink.error("config.level-unstaffed", col.pos(), Text.of("栏目“" + col.id() + "”的责任单位“" + col.unitId()
                            + "”没有可担任" + level.name() + "（" + level.role() + "）的审核人，该栏目的信息将无法发布。",
                            "Unit '" + col.unitId() + "' of column '" + col.id() + "' has nobody eligible for level "
                                    + level.number() + " (" + level.role() + "); its items could never be published."),
                            Text.of("在 reviewers 中为该单位登记拥有“" + level.role() + "”角色的人员。",
                                    "Register a reviewer holding '" + level.role() + "' in that unit."));
                }
            }
        }
    }
}
