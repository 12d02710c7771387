package io.sanshen.config;

import io.sanshen.diag.SourcePos;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person who may sign approval records.
 *
 * @param name      unique display name; also the principal in allowed-signers files
 * @param unitId    home unit; roles written without {@code @unit} apply here
 * @param roles     roles per unit
 * @param keys      registered public keys (the only keys whose signatures count)
 * @param emails    commit e-mail addresses, used to recognise the author of unsigned content commits
 * @param validFrom first day the reviewer's records count, or null
 * @param revoked   first day the reviewer's records no longer count, or null
 */
public record Reviewer(String name, String unitId, List<RoleGrant> roles, List<KeySpec> keys, List<String> emails,
                       LocalDate validFrom, LocalDate revoked, SourcePos pos) {
    public Reviewer {
        roles = List.copyOf(roles);
        keys = List.copyOf(keys);
        emails = List.copyOf(emails);
    }

    public boolean holds(String role, String unit) {
        return roles.stream().anyMatch(g -> g.role().equals(role) && g.unitId().equals(unit));
    }

    /** Whether the reviewer holds {@code role} in some unit (to tell "wrong unit" from "wrong role"). */
    public boolean holdsAnywhere(String role) {
        return roles.stream().anyMatch(g -> g.role().equals(role));
    }

    /** Records dated {@code day} count: on or after valid-from and before the revocation day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (revoked == null || day.isBefore(revoked));
    }

    public Optional<KeySpec> key(String fingerprint) {
        return keys.stream().filter(k -> k.key().fingerprint().equals(fingerprint)).findFirst();
    }
}
