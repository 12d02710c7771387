package io.sanshen.render;

import io.sanshen.content.Item;
import io.sanshen.content.SiteContent;
import io.sanshen.diag.Json;
import java.util.List;
import java.util.Map;

/**
 * The client-side search index: one JSON array of {@code [title, href, date, column, text, index-no, doc-no]} rows, wrapped as a
 * script ({@code search-index.js}) so the search page also works when opened from the file system. Search is by
 * substring, which suits Chinese text without word segmentation.
 */
final class SearchIndexWriter {
    static final int TEXT_CHARS = 160;
    private final SiteContent content;
    private final PageModels models;

    SearchIndexWriter(SiteContent content, PageModels models) {
        this.content = content;
        this.models = models;
    }

    /**
     * Writes the index, or links it from the last output when no published item changed ({@link PageKeys#items});
     * when some did, the rows of the others are taken from the last build ({@link PageReuse#part}).
     */
    int write(OutputTree out, RenderOptions options) {
        PageReuse reuse = options.reuse();
        byte[] key = reuse == null ? null : PageKeys.items(reuse.inputs(), content, options.itemBlobs());
        PageReuse.write(reuse, out, "search-index.js", key, () -> index(reuse, options.itemBlobs()));
        return 1;
    }

    private byte[] index(PageReuse reuse, Map<String, String> blobs) {
        // rows in parallel (a large site has 100,000), joined in item order so the file stays byte-identical
        List<String> rows = content.items().parallelStream().map(item -> reuse == null ? row(item)
                : reuse.part("search", item.path(), blobs.get(item.path()), item.url(), () -> row(item))).toList();
        StringBuilder json = new StringBuilder(content.items().size() * 320 + 64).append("window.SANSHEN_SEARCH=[");
        json.append(String.join(",", rows)).append("\n];\n");
        return json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String row(Item item) {
        Map<String, Object> card = models.card(item);
        StringBuilder row = new StringBuilder(400).append("\n[");
        Json.scriptString(row, item.title()).append(',');
        Json.scriptString(row, (String) card.get("href")).append(',');
        Json.scriptString(row, (String) card.get("date")).append(',');
        Json.scriptString(row, item.column().title()).append(',');
        Json.scriptString(row, plainText(item)).append(',');
        // 索引号 and 文号 are what people copy from a 信息公开 page or a paper document to find it again
        Json.scriptString(row, item.meta().indexNo()).append(',');
        return Json.scriptString(row, item.meta().docNo()).append(']').toString();
    }

    static String plainText(Item item) {
        String prefix = item.meta().summary().isEmpty() ? "" : item.meta().summary() + " ";
        // the head of the body almost always gives enough text; tables or long link lists may need more
        String text = plain(prefix, item.body(), 600);
        if (text.length() < TEXT_CHARS && item.body().length() > 600) {
            text = plain(prefix, item.body(), 2000);
        }
        return text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) : text;
    }

    private static String plain(String prefix, String body, int limit) {
        String head = body.length() > limit ? body.substring(0, limit) : body;
        return PlainText.collapseSpaces(prefix + PlainText.withoutMarkup(head));
    }
}
