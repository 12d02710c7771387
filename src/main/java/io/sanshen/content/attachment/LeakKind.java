package io.sanshen.content.attachment;

/** What an attachment leaks beyond its visible text, with its severity and a bilingual title. */
public enum LeakKind {
    TRACKED_CHANGES(LeakSeverity.BLOCKER, "文档含有未接受的修订痕迹", "document contains unaccepted tracked changes"),
    COMMENTS(LeakSeverity.BLOCKER, "文档含有批注", "document contains comments"),
    HIDDEN_SHEET(LeakSeverity.BLOCKER, "工作簿含有隐藏工作表", "workbook contains a hidden sheet"),
    HIDDEN_CELLS(LeakSeverity.WARNING, "隐藏的行或列中含有数据", "hidden rows or columns contain data"),
    GPS_LOCATION(LeakSeverity.BLOCKER, "图片含有GPS位置信息", "image contains a GPS location"),
    PERSONAL_METADATA(LeakSeverity.INFO, "文档属性含有作者等个人信息", "document properties name people"),
    ENCRYPTED(LeakSeverity.BLOCKER, "文件已加密，无法检查", "file is encrypted and cannot be checked"),
    MACROS(LeakSeverity.BLOCKER, "文档含有宏代码", "document contains macros");

    private final LeakSeverity severity;
    private final String zh;
    private final String en;

    LeakKind(LeakSeverity severity, String zh, String en) {
        this.severity = severity;
        this.zh = zh;
        this.en = en;
    }

    public LeakSeverity severity() {
        return severity;
    }

    /** Title in Simplified Chinese, or English for {@code "en"}. */
    public String title(String lang) {
        return "en".equalsIgnoreCase(lang) ? en : zh;
    }
}
