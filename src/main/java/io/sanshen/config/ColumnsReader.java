package io.sanshen.config;

import io.sanshen.diag.Text;
import io.sanshen.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code columns:} list (栏目). */
final class ColumnsReader {
    static final Set<String> KINDS = Set.of("news", "notice", "policy", "interpretation", "disclosure", "personnel",
            "regulation", "page");
    static final Set<String> LIST_STYLES = Set.of(Column.LIST, Column.TABLE);

    private ColumnsReader() {
    }

    static List<Column> read(YamlMap top) {
        List<Column> columns = new ArrayList<>();
        for (Node n : top.list("columns")) {
            top.child(n, Text.of("栏目", "A column")).ifPresent(m -> {
                String id = m.required("id", Text.of("栏目标识", "column id")).orElse("");
                String title = m.required("title", Text.of("栏目名称", "column title")).orElse(id);
                String path = m.stringOr("path", id).replaceAll("^/+|/+$", "");
                if (!path.matches("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*")) {
                    m.sink().error("config.column-path", m.keyPos("path"),
                            Text.of("栏目路径“" + path + "”只能包含小写字母、数字、- 和 _，用 / 分隔层级。",
                                    "Column path '" + path + "' may hold only a-z, 0-9, - and _, with / between levels."),
                            Text.of("例如 xxgk/rsxx。", "For example xxgk/rsxx."));
                }
                String kind = m.stringOr("kind", "news");
                if (!KINDS.contains(kind)) {
                    m.sink().error("config.column-kind", m.keyPos("kind"),
                            Text.of("未知的栏目类型“" + kind + "”。", "Unknown column kind '" + kind + "'."),
                            Text.of("可用：" + String.join("、", KINDS.stream().sorted().toList()) + "。",
                                    "Use one of: " + String.join(", ", KINDS.stream().sorted().toList()) + "."));
                }
                String list = m.stringOr("list", Column.LIST);
                if (!LIST_STYLES.contains(list)) {
                    m.sink().error("config.column-list", m.keyPos("list"),
                            Text.of("未知的列表样式“" + list + "”。", "Unknown list style '" + list + "'."),
                            Text.of("可用：list（标题和日期）、table（信息公开表格，带索引号、文号和筛选）。",
                                    "Use list (titles and dates) or table (the disclosure table with index numbers, "
                                            + "document numbers and filters)."));
                }
                columns.add(new Column(id, title, m.stringOr("title-en", title), path,
                        m.required("unit", Text.of("责任单位", "responsible unit")).orElse(""), kind,
                        m.integer("update-days").orElse(0), m.string("parent").orElse(null),
                        m.stringOr("description", ""), list, m.pos(n)));
                m.rejectUnknown();
            });
        }
        return columns;
    }
}
