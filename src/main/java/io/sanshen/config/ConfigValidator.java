package io.sanshen.config;

import io.sanshen.diag.Findings;
import io.sanshen.diag.Text;
import io.sanshen.yaml.Suggest;
import io.sanshen.yaml.YamlMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Cross-references within the config: unique ids and paths, known units, parents and navigation entries. */
final class ConfigValidator {
    private ConfigValidator() {
    }

    static void validate(SiteConfig c, YamlMap top, Findings sink) {
        Set<String> unitIds = new HashSet<>();
        for (Unit u : c.units()) {
            if (!unitIds.add(u.id())) {
                sink.error("config.duplicate-unit", u.pos(), Text.of("单位标识“" + u.id() + "”重复。",
                        "Unit id '" + u.id() + "' is used twice."), Text.of("每个单位用不同的 id。", "Give each unit its own id."));
            }
        }
        List<String> unitIdList = c.units().stream().map(Unit::id).toList();
        List<String> columnIds = c.columns().stream().map(Column::id).toList();
        Set<String> seenIds = new HashSet<>();
        Set<String> seenPaths = new HashSet<>();
        for (Column col : c.columns()) {
            if (!seenIds.add(col.id())) {
                sink.error("config.duplicate-column", col.pos(), Text.of("栏目标识“" + col.id() + "”重复。",
                        "Column id '" + col.id() + "' is used twice."), Text.of("每个栏目用不同的 id。", "Give each column its own id."));
            }
            if (!seenPaths.add(col.path())) {
                sink.error("config.duplicate-path", col.pos(), Text.of("栏目路径“" + col.path() + "”重复。",
                        "Column path '" + col.path() + "' is used twice."), Text.of("每个栏目用不同的目录。", "Give each column its own folder."));
            }
            if (!col.unitId().isEmpty() && !unitIds.contains(col.unitId())) {
                sink.error("config.unknown-unit", col.pos(), Text.of("栏目“" + col.id() + "”的责任单位“" + col.unitId()
                                + "”未在 units 中定义。", "Column '" + col.id() + "' names unit '" + col.unitId()
                                + "', which is not defined under units."),
                        suggestion(col.unitId(), unitIdList));
            }
            if (col.parentId() != null && !columnIds.contains(col.parentId())) {
                sink.error("config.unknown-parent", col.pos(), Text.of("栏目“" + col.id() + "”的上级栏目“" + col.parentId()
                        + "”不存在。", "Column '" + col.id() + "' has parent '" + col.parentId() + "', which does not exist."),
                        suggestion(col.parentId(), columnIds));
            }
        }
        for (int i = 0; i < c.navigation().size(); i++) {
            String nav = c.navigation().get(i);
            if (!columnIds.contains(nav)) {
                sink.error("config.unknown-nav", top.keyPos("navigation"), Text.of("导航中的栏目“" + nav + "”不存在。",
                        "Navigation names column '" + nav + "', which does not exist."), suggestion(nav, columnIds));
            }
        }
    }

    private static Text suggestion(String word, List<String> known) {
        return Suggest.closest(word, known).map(g -> Text.of("你是不是想写“" + g + "”？", "Did you mean '" + g + "'?"))
                .orElse(Text.of("可用：" + String.join("、", known) + "。", "Known: " + String.join(", ", known) + "."));
    }
}
