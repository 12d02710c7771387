package io.sanshen.render;

import io.sanshen.config.Column;
import io.sanshen.config.SiteConfig;
import io.sanshen.content.SiteContent;
import io.sanshen.diag.Digests;
import io.sanshen.diag.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The 信息公开 table of a column configured with {@code list: table}: its rows (索引号, 标题, 文号, 发布机构, 发布日期),
 * the choices of its filters (year, 主题分类, 体裁, 发布机构), and {@code <column>/index-rows.js}, every row of the
 * column as a script, so the filters (assets/disclosure.js) search the whole column, not only the page shown. The
 * pages themselves stay a plain paginated table that works without JavaScript.
 */
final class DisclosureTable {
    static final String ROWS_FILE = "index-rows.js";

    private final SiteContent content;
    private final SiteConfig config;
    private final PageModels models;

    DisclosureTable(SiteContent content, PageModels models) {
        this.content = content;
        this.config = content.config();
        this.models = models;
    }

    /** The rows of a column and its sub-columns, newest first. */
    List<Map<String, Object>> rows(Column column) {
        return SiteRenderer.itemsOf(content, column).stream().map(models::row).toList();
    }

    /**
     * The filter choices: values that occur in the rows; years newest first, vocabularies in their own order. Made
     * when a page that shows them is rendered; keyed by the rows' sources when every row has one.
     */
    Map<String, Object> filters(List<Map<String, Object>> rows) {
        MessageDigest d = Digests.sha256();
        for (Map<String, Object> r : rows) {
            if (!(r instanceof SourcedModel s)) {
                return filterValues(rows);
            }
            Digests.text(d, s.source());
        }
        return SourcedModel.of("filters\n" + HexFormat.of().formatHex(d.digest()), () -> filterValues(rows));
    }

    private Map<String, Object> filterValues(List<Map<String, Object>> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("years", distinct(rows, "year", Comparator.<String>reverseOrder()));
        m.put("topics", distinct(rows, "topic", inOrderOf(config.vocabularies().topics())));
        m.put("genres", distinct(rows, "genre", inOrderOf(config.vocabularies().genreList())));
        m.put("publishers", distinct(rows, "publisher",
                inOrderOf(config.units().stream().map(io.sanshen.config.Unit::name).toList())));
        return m;
    }

    /**
     * Writes the rows file of every table column (its rows as its list pages showed them), or links it from the last
     * output when its rows are the same ({@link PageReuse}); returns how many.
     */
    static int write(OutputTree out, PageReuse reuse, Map<String, List<Map<String, Object>>> rowsByColumnPath) {
        rowsByColumnPath.forEach((path, rows) -> PageReuse.writeModel(reuse, out, ROWS_FILE, path + "/" + ROWS_FILE,
                Map.of("rows", rows), () -> script(rows).getBytes(StandardCharsets.UTF_8)));
        return rowsByColumnPath.size();
    }

    /** {@code window.SANSHEN_ROWS=[[title, href, index-no, doc-no, publisher, date, topic, genre, important 1|0], …];} */
    static String script(List<Map<String, Object>> rows) {
        StringBuilder js = new StringBuilder(rows.size() * 200 + 32).append("window.SANSHEN_ROWS=[");
        String sep = "";
        for (Map<String, Object> r : rows) {
            js.append(sep).append("\n[");
            sep = ",";
            String field = "";
            for (String key : List.of("title", "href", "indexNo", "docNo", "publisher", "date", "topic", "genre")) {
                js.append(field);
                field = ",";
                Json.scriptString(js, (String) r.get(key));
            }
            js.append(Boolean.TRUE.equals(r.get("important")) ? ",1]" : ",0]");
        }
        return js.append("\n];\n").toString();
    }

    private static List<String> distinct(List<Map<String, Object>> rows, String key, Comparator<String> order) {
        TreeSet<String> values = new TreeSet<>(order);
        for (Map<String, Object> r : rows) {
            String v = (String) r.get(key);
            if (v != null && !v.isBlank()) {
                values.add(v);
            }
        }
        return new ArrayList<>(values);
    }

    /** Listed values in the list's order, others after them in code-point order. */
    private static Comparator<String> inOrderOf(List<String> listed) {
        Function<String, Integer> rank = v -> {
            int i = listed.indexOf(v);
            return i < 0 ? listed.size() : i;
        };
        return Comparator.comparing(rank).thenComparing(Comparator.naturalOrder());
    }
}
