package io.sanshen.check.rules;

import io.sanshen.check.ItemDocument;
import io.sanshen.check.Rule;
import io.sanshen.config.Vocabularies;
import io.sanshen.content.FrontMatter;
import io.sanshen.diag.Finding;
import io.sanshen.diag.Severity;
import io.sanshen.diag.Text;
import java.util.function.Consumer;

/**
 * 政府信息公开 metadata every item needs: title, date, publisher and source (blockers), index-no, topic, genre and
 * category (warnings), and a 文号 for the 15 official document types.
 */
public final class RequiredMetadataRule implements Rule {
    public static final String ID = "format.required-metadata";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Text description() {
        return Text.of("政府信息公开要素（标题、发布日期、发布机构、信息来源、索引号、分类、公文文号）须填写完整。",
                "Disclosure metadata (title, date, publisher, source, index number, classifications, official document number) must be complete.");
    }

    @Override
    public void check(ItemDocument doc, Consumer<Finding> out) {
        FrontMatter m = doc.item().meta();
        missing(doc, out, m.title(), "title", "标题", Severity.BLOCKER);
        missing(doc, out, m.date() == null ? "" : "x", "date", "发布日期", Severity.BLOCKER);
        missing(doc, out, m.publisher(), "publisher", "发布机构", Severity.BLOCKER);
        missing(doc, out, m.source(), "source", "信息来源", Severity.BLOCKER);
        missing(doc, out, m.indexNo(), "index-no", "索引号", Severity.WARNING);
        missing(doc, out, m.topic(), "topic", "主题分类", Severity.WARNING);
        missing(doc, out, m.genre(), "genre", "体裁分类", Severity.WARNING);
        missing(doc, out, m.category(), "category", "组配分类", Severity.WARNING);
        if (isOfficialGenre(m.genre()) && m.docNo().isBlank()) {
            // Info, not warning: many 通知 on a portal (meeting or service notices) are not formal 公文 and have no 文号.
            out.accept(doc.fieldFinding(ID, Severity.INFO, "genre", Text.of("体裁为公文“" + m.genre() + "”，但没有填写文号（doc-no）。",
                    "The genre is the official document type '" + m.genre() + "' but there is no document number (doc-no)."),
                    Text.of("按原件填写 doc-no，如 doc-no: 示政发〔2026〕3号；不是正式公文的，改用相应的体裁。",
                            "Give doc-no as on the original, e.g. doc-no: 示政发〔2026〕3号; if it is not an official document, pick another genre.")));
        }
    }

    static boolean isOfficialGenre(String genre) {
        return Vocabularies.OFFICIAL_GENRES.contains(genre) || genre.equals("命令") || genre.equals("令");
    }

    private static void missing(ItemDocument doc, Consumer<Finding> out, String value, String field, String zh,
                                Severity severity) {
        if (value.isBlank()) {
            out.accept(doc.fieldFinding(ID, severity, field, Text.of("缺少" + zh + "（" + field + "）。",
                    "Missing " + field + " (" + zh + ")."), Text.of("在头部信息中填写 " + field + "（或“" + zh + "”）。",
                    "Add " + field + " (or '" + zh + "') to the front matter.")));
        }
    }
}
