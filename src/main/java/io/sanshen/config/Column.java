package io.sanshen.config;

import io.sanshen.diag.SourcePos;
import java.util.Optional;

/**
 * 栏目: a section of the portal whose items live under {@code content/<path>/}, owned by one unit.
 * {@code updateDays} is the required update interval the national inspection checks (0 = none). {@code list} is how
 * its list pages show items: {@code list} (titles and dates, the news style) or {@code table} (the 信息公开 table with
 * 索引号, 文号, 发布机构 and 发布日期, and filters).
 */
public record Column(String id, String title, String titleEn, String path, String unitId, String kind,
                     int updateDays, String parentId, String description, String list, SourcePos pos) {
    public static final String LIST = "list";
    public static final String TABLE = "table";

    /** Whether the list pages are the 信息公开 table rather than the news-style list. */
    public boolean listsAsTable() {
        return TABLE.equals(list);
    }

    public Optional<String> parent() {
        return Optional.ofNullable(parentId);
    }
}
