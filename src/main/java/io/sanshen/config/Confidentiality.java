package io.sanshen.config;

/**
 * Who attests 保密审查. Either a dedicated {@code role} (then a separate {@code Sanshen-Level: confidentiality}
 * record by a holder of that role in the owning unit is needed), or a {@code level} whose approval must list
 * {@code 保密} in {@code Sanshen-Checks}; a separate confidentiality record by a holder of that level's role also counts.
 *
 * @param role  dedicated role, or empty
 * @param level the level that attests when {@code role} is empty (default 3)
 */
public record Confidentiality(String role, int level) {
    public static final String CHECK_WORD = "保密";

    public static Confidentiality defaults() {
        return new Confidentiality("", 3);
    }

    public boolean byRole() {
        return !role.isEmpty();
    }
}
