package io.sanshen.check;

/** Registers every shipped rule, in the order their findings are documented. */
final class StandardRules {
    private StandardRules() {
    }

    static void register(RuleRegistry r) {
        // Rules are added here as they are written; each has its own class in io.sanshen.check.rules.
    }
}
