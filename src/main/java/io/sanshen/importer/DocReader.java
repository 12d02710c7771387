package io.sanshen.importer;

import io.sanshen.diag.Text;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * Reads a Word 97–2003 .doc, and a .wps saved in that format (POI HWPF): paragraphs, with heading levels from the
 * outline level. Table cells come out as paragraphs and pictures are left out; both are reported.
 */
final class DocReader {
    ReadDocument read(InputStream in) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(in)) {
            Range range = doc.getRange();
            List<Block> blocks = new ArrayList<>();
            List<Text> leftOut = new ArrayList<>();
            boolean table = false;
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                String text = Range.stripFields(p.text()).replaceAll("[\\r\\u0007\\f\\u000b]", " ").strip();
                table |= p.isInTable();
                if (text.isEmpty()) {
                    continue;
                }
                int outline = p.getLvl();
                Block.Align align = p.getJustification() == 1 ? Block.Align.CENTER
                        : p.getJustification() == 2 ? Block.Align.RIGHT : Block.Align.LEFT;
                blocks.add(outline >= 0 && outline < 6 && !p.isInTable()
                        ? new Block(Block.Kind.HEADING, outline + 1, Inline.escape(text), text, align)
                        : Block.paragraph(Inline.escape(text), text, align));
            }
            if (table) {
                leftOut.add(Text.of("表格按段落导入（.doc 格式不保留表格结构）", "tables imported as paragraphs (.doc keeps no table structure here)"));
            }
            if (!doc.getPicturesTable().getAllPictures().isEmpty()) {
                leftOut.add(Text.of("图片未导入，请另存为 .docx 后再导入", "pictures not imported: save as .docx and import again"));
            }
            return ReadDocument.ofBlocks(blocks, leftOut);
        }
    }
}
