package io.sanshen.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The {@code review:} and {@code reviewers:} sections: who approves what, in which order, within which deadline.
 *
 * @param configured        false when site-config.yml has no {@code reviewers:} section (nothing can be approved)
 * @param version           grows with every admin-approved policy change
 * @param levels            ordered levels, numbers 1..n
 * @param deadlineDays      working days a level has to act
 * @param holidays          extra days off, added to the shipped calendar
 * @param workdays          extra 调休 working days (weekend days that are worked)
 * @param admins            reviewer names who approve policy files
 * @param adminThreshold    how many distinct admins must approve a policy file
 * @param keyRotationMonths keys older than this draw a warning
 * @param migration         the commit (full id) whose tree holds the content migrated from an older portal before the
 *                          site moved to signed review ({@code migration:}); empty when there was none
 */
public record ReviewPolicy(boolean configured, int version, List<ReviewLevel> levels, Confidentiality confidentiality,
                           int deadlineDays, List<LocalDate> holidays, List<LocalDate> workdays, List<String> admins,
                           int adminThreshold, int keyRotationMonths, Optional<String> migration,
                           List<Reviewer> reviewers) {
    public ReviewPolicy {
        levels = List.copyOf(levels);
        holidays = List.copyOf(holidays);
        workdays = List.copyOf(workdays);
        admins = List.copyOf(admins);
        reviewers = List.copyOf(reviewers);
    }

    public static List<ReviewLevel> defaultLevels() {
        return List.of(new ReviewLevel(1, "一审", "网站信息员", false), new ReviewLevel(2, "二审", "责任科室负责人", false),
                new ReviewLevel(3, "三审", "单位分管领导", false), new ReviewLevel(4, "终审", "主要领导", true));
    }

    /** The policy of a config without review sections: default levels, nobody to approve. */
    public static ReviewPolicy unconfigured() {
        return new ReviewPolicy(false, 0, defaultLevels(), Confidentiality.defaults(), 2, List.of(), List.of(),
                List.of(), 1, 12, Optional.empty(), List.of());
    }

    public Optional<ReviewLevel> level(int number) {
        return levels.stream().filter(l -> l.number() == number).findFirst();
    }

    public Optional<Reviewer> reviewer(String name) {
        return reviewers.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The reviewer owning the key with this fingerprint. */
    public Optional<Reviewer> reviewerByKey(String fingerprint) {
        return reviewers.stream().filter(r -> r.key(fingerprint).isPresent()).findFirst();
    }

    public boolean isAdmin(String reviewerName) {
        return admins.contains(reviewerName);
    }

    /** Reviewers holding the role of {@code level} in {@code unitId}. */
    public List<Reviewer> eligible(ReviewLevel level, String unitId) {
        return reviewers.stream().filter(r -> r.holds(level.role(), unitId)).toList();
    }

    /** The levels an item needs, in order. */
    public List<ReviewLevel> required(boolean important) {
        return levels.stream().filter(l -> l.appliesTo(important)).toList();
    }
}
