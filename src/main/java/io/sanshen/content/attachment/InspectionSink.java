package io.sanshen.content.attachment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what the extractors find for one attachment and enforces the text cap, so that no extractor has to.
 * Not thread-safe; one per inspection.
 */
final class InspectionSink {

    private final InspectionLimits limits;
    private final List<TextSegment> segments = new ArrayList<>();
    private final List<LeakFinding> leaks = new ArrayList<>();
    private final List<InspectionError> errors = new ArrayList<>();
    private final List<ActiveContent> active = new ArrayList<>();
    private final Set<ProblemKind> reportedOnce = EnumSet.noneOf(ProblemKind.class);
    private long chars;

    InspectionSink(InspectionLimits limits) {
        this.limits = limits;
    }

    InspectionLimits limits() {
        return limits;
    }

    /** Adds non-blank text; returns false once the text cap is reached, so extractors can stop early. */
    boolean text(Locator where, String text) {
        if (full()) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String clean = text.strip();
        long room = limits.maxTextChars() - chars;
        boolean truncated = clean.length() > room;
        if (truncated) {
            int cut = (int) room;
            cut -= cut > 0 && Character.isHighSurrogate(clean.charAt(cut - 1)) ? 1 : 0;
            clean = clean.substring(0, cut);
            errorOnce(ProblemKind.TEXT_TRUNCATED, "limit " + limits.maxTextChars() + " characters");
        }
        chars = truncated ? limits.maxTextChars() : chars + clean.length();
        segments.add(new TextSegment(where, clean));
        return !full();
    }

    boolean full() {
        return chars >= limits.maxTextChars();
    }

    void leak(Locator where, LeakKind kind, String detail) {
        leaks.add(new LeakFinding(where, kind, detail));
    }

    void active(ActiveContent found) {
        active.add(found);
    }

    void error(ProblemKind kind, String detail) {
        errors.add(new InspectionError(kind, detail));
    }

    /** Records a problem the first time only, for limits that many places can hit. */
    void errorOnce(ProblemKind kind, String detail) {
        if (reportedOnce.add(kind)) {
            error(kind, detail);
        }
    }

    boolean hasText() {
        return !segments.isEmpty();
    }

    Inspection finish(String name, TypeDetection detection) {
        return new Inspection(name, detection.type(), detection.mismatch(), segments, leaks, active, errors);
    }
}
