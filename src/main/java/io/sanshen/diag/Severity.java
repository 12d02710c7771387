package io.sanshen.diag;

/** How bad a finding is. Blockers stop publication; warnings need a reviewer's waiver; info is advice. */
public enum Severity {
    BLOCKER, WARNING, INFO;

    public String label(Lang lang) {
        return switch (this) {
            case BLOCKER -> lang == Lang.EN ? "blocker" : "阻断";
            case WARNING -> lang == Lang.EN ? "warning" : "警告";
            case INFO -> lang == Lang.EN ? "info" : "提示";
        };
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
