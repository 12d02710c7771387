package io.sanshen.review.signature;

import java.util.List;
import java.util.Map;

/**
 * Writes git's {@code gpg.ssh.allowedSignersFile} so that command-line {@code git verify-commit} checks approval
 * commits against the same SSH keys as {@link SignatureVerifier}. OpenPGP keys have no place in that file and are
 * skipped.
 */
public final class AllowedSigners {
    private AllowedSigners() {
    }

    /**
     * One line per SSH key: {@code <principal> namespaces="git" <type> <base64>}, principals in map order.
     * Principals with whitespace, quotes or commas would be misread by ssh-keygen and are refused.
     */
    public static String write(Map<String, List<ReviewerKey>> keysByPrincipal) {
        StringBuilder out = new StringBuilder();
        keysByPrincipal.forEach((principal, keys) -> {
            if (principal.isEmpty() || principal.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"'
                    || c == ',' || c == '#')) {
                throw new IllegalArgumentException("principal unusable in an allowed-signers file: " + principal);
            }
            for (ReviewerKey key : keys) {
                if (key.format() == KeyFormat.SSH) {
                    out.append(principal).append(" namespaces=\"git\" ").append(key.openSshText()).append('\n');
                }
            }
        });
        return out.toString();
    }
}
