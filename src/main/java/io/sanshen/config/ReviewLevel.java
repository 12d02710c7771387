package io.sanshen.config;

/**
 * One review level (一审 … 终审).
 *
 * @param number        1-based order; level k needs level k−1 first
 * @param name          display name such as 二审
 * @param role          the role a reviewer must hold in the owning unit to approve at this level
 * @param importantOnly true when the level applies only to items marked {@code important: true} (终审)
 */
public record ReviewLevel(int number, String name, String role, boolean importantOnly) {
    /** Whether an item with the given importance needs this level. */
    public boolean appliesTo(boolean important) {
        return important || !importantOnly;
    }
}
