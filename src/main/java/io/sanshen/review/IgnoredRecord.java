package io.sanshen.review;

import io.sanshen.diag.Text;
import org.eclipse.jgit.lib.ObjectId;

/**
 * An approval record (or one item of it) that does not count, and why.
 *
 * @param commit the record's commit
 * @param path   the item concerned, or empty when the whole record is ignored
 * @param reason the reason class
 * @param detail specifics (who, which key, which level)
 */
public record IgnoredRecord(ObjectId commit, String path, IgnoreReason reason, Text detail) {
    public String oneLine(io.sanshen.diag.Lang lang) {
        return commit.abbreviate(10).name() + (path.isEmpty() ? "" : " " + path) + ": " + reason.text().in(lang)
                + (detail.zh().isEmpty() ? "" : " — " + detail.in(lang));
    }
}
