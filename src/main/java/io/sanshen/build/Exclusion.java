package io.sanshen.build;

import io.sanshen.diag.Finding;
import io.sanshen.diag.Text;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** An item that exists but was not published, and why (draft, expired, not approved, blocked by a check …). */
public record Exclusion(String path, Text reason) {

    /**
     * {@code path} (an item's Markdown file, or another file) kept offline by the blockers {@code found}; each rule is
     * named once, with the attachment it blocked when the finding is in another file of the item.
     */
    static Exclusion blockedBy(String path, List<Finding> found) {
        Set<String> zh = new TreeSet<>();
        Set<String> en = new TreeSet<>();
        for (Finding f : found) {
            boolean elsewhere = !f.pos().path().equals(path);
            zh.add(f.ruleId() + (elsewhere ? "（附件 " + f.pos() + "）" : ""));
            en.add(f.ruleId() + (elsewhere ? " (attachment " + f.pos() + ")" : ""));
        }
        return new Exclusion(path, Text.of("内容检查发现阻断问题：" + String.join(", ", zh),
                "the content check found blocking problems: " + String.join(", ", en)));
    }
}
