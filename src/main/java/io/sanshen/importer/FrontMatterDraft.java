package io.sanshen.importer;

import io.sanshen.config.Column;
import io.sanshen.config.Unit;
import io.sanshen.content.ItemScaffold;
import java.time.LocalDate;
import java.util.List;

/**
 * The front matter of an imported item, in the order {@code sanshen new} writes it: what the document said, the
 * column's defaults for the rest. Imported items start as drafts.
 */
record FrontMatterDraft(String title, String indexNo, Unit unit, String source, LocalDate created, LocalDate date,
        String docNo, String topic, String genre, String category, List<String> attachments) {

    static FrontMatterDraft of(GongwenLayout.Layout layout, ReadDocument doc, Column column, ItemScaffold scaffold,
            String genre, String indexNo, LocalDate today) {
        Unit unit = scaffold.unitOf(column);
        String title = layout.title().or(doc::metaTitle).orElse("");
        String source = layout.signature().or(layout::issuerMark).map(s -> s.replaceAll("文件$", "")).orElse(unit.name());
        return new FrontMatterDraft(title, indexNo, unit, source, layout.created().or(doc::metaCreated).orElse(today),
                today, layout.docNo().orElse(""), scaffold.defaultTopic(), genre, scaffold.categoryFor(column),
                layout.attachments());
    }

    String yaml() {
        StringBuilder b = new StringBuilder("---\n");
        b.append("title: ").append(ItemScaffold.quote(title)).append('\n');
        b.append("index-no: ").append(indexNo).append('\n');
        b.append("publisher: ").append(ItemScaffold.quote(unit.name())).append('\n');
        b.append("source: ").append(ItemScaffold.quote(source)).append('\n');
        b.append("created: ").append(created).append('\n');
        b.append("date: ").append(date).append('\n');
        b.append("doc-no: ").append(ItemScaffold.quote(docNo)).append('\n');
        b.append("topic: ").append(topic).append('\n');
        b.append("genre: ").append(genre).append('\n');
        b.append("category: ").append(category).append('\n');
        b.append("disclosure: 主动公开\n");
        b.append("important: false\n");
        b.append("draft: true            # 核对导入结果后删除此行，提交审核\n");
        if (!attachments.isEmpty()) {
            b.append("attachments:           # 附件说明所列附件：请把文件放进本目录并填写 file\n");
            attachments.forEach(a -> b.append("  - file: \"\"\n    title: ").append(ItemScaffold.quote(a)).append('\n'));
        }
        return b.append("---\n").toString();
    }
}
