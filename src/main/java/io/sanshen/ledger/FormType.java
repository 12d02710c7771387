package io.sanshen.ledger;

import java.util.Locale;
import java.util.Optional;

/** The three forms of the district's regulations (附件1, the 保密审查表 and 附件2). */
public enum FormType {
    PUBLICATION("发布审批表", "网站信息发布审批表", "publication"),
    CONFIDENTIALITY("保密审查表", "网站信息发布保密审查表", "confidentiality"),
    WITHDRAWAL("失效审批表", "网站信息失效审批表", "withdrawal");

    private final String name;
    private final String heading;
    private final String english;

    FormType(String name, String heading, String english) {
        this.name = name;
        this.heading = heading;
        this.english = english;
    }

    /** The short name used on the command line (发布审批表 …). */
    public String label() {
        return name;
    }

    /** The form's heading after the site's name. */
    public String heading() {
        return heading;
    }

    /** Accepts the Chinese name or the English word. */
    public static Optional<FormType> parse(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        for (FormType t : values()) {
            if (t.name.equals(v) || t.english.equals(v)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
