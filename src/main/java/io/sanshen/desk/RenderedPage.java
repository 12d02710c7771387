package io.sanshen.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reviewer compares in a page the portal templates rendered: the visible text of the article (title and
 * body), the 政务公开 metadata table and the attachments. Read from the built page, so the desk compares exactly what
 * the build publishes rather than re-deriving it from front matter.
 */
record RenderedPage(String text, Map<String, String> metadata, List<String> attachments) {
    static final RenderedPage NONE = new RenderedPage("", Map.of(), List.of());

    /** The page at {@code file}, or empty when the build did not write it (never published, left out). */
    static Optional<RenderedPage> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Document d = Jsoup.parse(file.toFile());
        Element article = d.selectFirst("article");
        if (article == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        Element title = article.selectFirst("h1");
        if (title != null) {
            text.append(title.text()).append('\n');
        }
        for (Element block : article.select(".article-body > *")) {
            text.append(block.text()).append('\n');
        }
        Map<String, String> meta = new LinkedHashMap<>();
        for (Element th : article.select("table.meta-table th")) {
            Element td = th.nextElementSibling();
            meta.put(th.text(), td == null ? "" : td.text());
        }
        List<String> attachments = article.select(".attachments li").eachText();
        return Optional.of(new RenderedPage(text.toString(), meta, attachments));
    }
}
