package io.sanshen.content.attachment;

import java.util.Objects;

/**
 * One leak found in an attachment.
 *
 * @param where  the place of the leak
 * @param kind   what leaks; its severity decides whether publication is blocked
 * @param detail facts for the reviewer, language-neutral (author names, sheet state, coordinates, part names)
 */
public record LeakFinding(Locator where, LeakKind kind, String detail) {

    public LeakFinding {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    public LeakSeverity severity() {
        return kind.severity();
    }

    /** One line for people: place, title, detail. */
    public String message(String lang) {
        String text = where.display(lang) + ": " + kind.title(lang);
        return detail.isEmpty() ? text : text + " (" + detail + ")";
    }
}
