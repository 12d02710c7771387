package io.sanshen.review;

import io.sanshen.config.KeySpec;
import io.sanshen.config.Reviewer;
import io.sanshen.config.SiteConfig;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Findings;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The regulations ask for credentials renewed regularly: a key older than {@code review.key-rotation-months}
 * (OpenPGP creation time, else the reviewer's {@code valid-from}) draws a warning.
 */
final class KeyAgeCheck {
    private KeyAgeCheck() {
    }

    static void check(Optional<SiteConfig> policy, LocalDate today, Findings out) {
        policy.ifPresent(c -> {
            LocalDate limit = today.minusMonths(c.review().keyRotationMonths());
            for (Reviewer r : c.review().reviewers()) {
                for (KeySpec k : r.keys()) {
                    LocalDate since = k.key().created().map(i -> LocalDate.ofInstant(i, RecordEvaluator.CHINA))
                            .orElse(r.validFrom());
                    if (since != null && since.isBefore(limit) && r.revoked() == null) {
                        out.add(Finding.of("review.key-age", Severity.WARNING, k.pos(),
                                Text.of(r.name() + " 的密钥自 " + since + " 起使用，已超过 " + c.review().keyRotationMonths() + " 个月。",
                                        r.name() + "'s key has been in use since " + since + ", over "
                                                + c.review().keyRotationMonths() + " months."),
                                Text.of("生成新密钥并更新 site-config.yml（经管理员批准）。",
                                        "Generate a new key and update site-config.yml (approved by admins).")));
                    }
                }
            }
        });
    }
}
