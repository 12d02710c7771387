package io.sanshen.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --trust-root FPR}, defaulting to the environment variable {@code SANSHEN_TRUST_ROOT}, so that CI can pin the
 * root of the policy chain once for every command (build, verify, status, ledger).
 */
final class TrustRootOption {
    static final String ENV = "SANSHEN_TRUST_ROOT";

    @Option(names = "--trust-root", paramLabel = "FPR", descriptionKey = "trust-root",
            defaultValue = "${env:" + ENV + "}")
    String trustRoot;

    Optional<String> value() {
        return Optional.ofNullable(trustRoot).filter(s -> !s.isBlank());
    }

    /** The fingerprint or null, for the helpers that take one. */
    String orNull() {
        return value().orElse(null);
    }
}
