package io.sanshen.config;

import io.sanshen.diag.SourcePos;
import java.util.Optional;

/**
 * 栏目: a section of the portal whose items live under {@code content/<path>/}, owned by one unit.
 * {@code updateDays} is the required update interval the national inspection checks (0 = none).
 */
public record Column(String id, String title, String titleEn, String path, String unitId, String kind,
                     int updateDays, String parentId, String description, SourcePos pos) {

    public Optional<String> parent() {
        return Optional.ofNullable(parentId);
    }
}
