package io.sanshen.content.attachment;

import java.util.List;

/**
 * What inspecting one attachment found.
 *
 * @param name         the attachment's file name as given
 * @param type         the real type, from the bytes
 * @param typeMismatch the name's extension claims another type
 * @param segments     extracted text with locations, in document order
 * @param leaks        leaks found, in document order
 * @param active       what a browser would run or fetch when the file is opened (SVG scripts, web pages)
 * @param errors       why the inspection is incomplete; empty when the file was fully read
 */
public record Inspection(String name, AttachmentType type, boolean typeMismatch, List<TextSegment> segments,
        List<LeakFinding> leaks, List<ActiveContent> active, List<InspectionError> errors) {

    public Inspection {
        segments = List.copyOf(segments);
        leaks = List.copyOf(leaks);
        active = List.copyOf(active);
        errors = List.copyOf(errors);
    }

    /** Publication must stop: a blocking leak, active content, or a file that could not be fully checked. */
    public boolean blocksPublication() {
        return !errors.isEmpty() || !active.isEmpty() || leaks.stream().anyMatch(l -> l.severity() == LeakSeverity.BLOCKER);
    }

    public boolean hasLeak(LeakKind kind) {
        return leaks.stream().anyMatch(l -> l.kind() == kind);
    }

    /** All extracted text, segments separated by newlines, for callers that only need the words. */
    public String fullText() {
        StringBuilder out = new StringBuilder();
        segments.forEach(s -> out.append(s.text()).append('\n'));
        return out.toString();
    }
}
