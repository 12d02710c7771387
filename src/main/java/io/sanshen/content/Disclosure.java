package io.sanshen.content;

import java.util.Optional;

/** 公开属性. Only 主动公开 items may appear on the portal. */
public enum Disclosure {
    PROACTIVE("主动公开"), ON_REQUEST("依申请公开"), WITHHELD("不予公开");

    private final String label;

    Disclosure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Disclosure> parse(String s) {
        for (Disclosure d : values()) {
            if (d.label.equals(s) || d.name().equalsIgnoreCase(s.replace('-', '_'))) {
                return Optional.of(d);
            }
        }
        return switch (s) {
            case "proactive", "public" -> Optional.of(PROACTIVE);
            case "on-request" -> Optional.of(ON_REQUEST);
            case "withheld", "not-public" -> Optional.of(WITHHELD);
            default -> Optional.empty();
        };
    }
}
