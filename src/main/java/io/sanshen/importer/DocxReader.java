package io.sanshen.importer;

import io.sanshen.diag.Text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * Reads a .docx (Apache POI XWPF): heading styles become Markdown headings, numbered paragraphs list items, bold and
 * italic runs emphasis, embedded pictures files beside the item, footnotes Markdown footnotes; tables go through
 * {@link DocxTables}.
 */
final class DocxReader {
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(?:heading|标题)\\s*([1-6])");

    private final Map<String, byte[]> media = new LinkedHashMap<>();
    private final List<Text> leftOut = new ArrayList<>();
    private XWPFDocument doc;

    ReadDocument read(InputStream in) throws IOException {
        try (XWPFDocument d = new XWPFDocument(in)) {
            this.doc = d;
            List<Block> blocks = new ArrayList<>();
            for (IBodyElement e : d.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(p).ifPresent(blocks::add);
                } else if (e instanceof XWPFTable t) {
                    TableGrid grid = DocxTables.grid(t);
                    if (!grid.isEmpty()) {
                        blocks.add(new Block(Block.Kind.TABLE, 0, grid.toMarkdown(), grid.plain(), Block.Align.LEFT));
                    }
                }
            }
            Map<String, String> notes = new LinkedHashMap<>();
            for (XWPFAbstractFootnoteEndnote note : d.getFootnotes()) {
                String text = note.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat).strip();
                if (note.getId() != null && note.getId().signum() > 0 && !text.isEmpty()) {
                    notes.put(note.getId().toString(), Inline.escape(text));
                }
            }
            String title = d.getProperties().getCoreProperties().getTitle();
            return new ReadDocument(blocks, notes, media, Optional.ofNullable(title).filter(s -> !s.isBlank()),
                    Optional.empty(), leftOut);
        }
    }

    private Optional<Block> paragraph(XWPFParagraph p) {
        String markdown = runs(p);
        String plain = p.getText();
        if (markdown.isBlank()) {
            return Optional.empty();
        }
        Block.Align align = p.getAlignment() == ParagraphAlignment.CENTER ? Block.Align.CENTER
                : p.getAlignment() == ParagraphAlignment.RIGHT ? Block.Align.RIGHT : Block.Align.LEFT;
        int heading = headingLevel(p);
        if (heading > 0) {
            return Optional.of(new Block(Block.Kind.HEADING, heading, markdown.replace("**", "").strip(), plain.strip(), align));
        }
        if (p.getNumID() != null) {
            boolean ordered = !"bullet".equals(p.getNumFmt());
            int depth = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            return Optional.of(new Block(Block.Kind.LIST_ITEM, depth, (ordered ? "1. " : "- ") + markdown.strip(),
                    plain.strip(), align));
        }
        if (markdown.strip().matches("!\\[[^\\]]*\\]\\([^)]*\\)")) {
            return Optional.of(new Block(Block.Kind.IMAGE, 0, markdown.strip(), "", align));
        }
        return Optional.of(Block.paragraph(markdown.strip(), plain, align));
    }

    private int headingLevel(XWPFParagraph p) {
        String id = p.getStyleID();
        if (id == null) {
            return 0;
        }
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
        for (String name : new String[] {id, style == null ? "" : style.getName()}) {
            Matcher m = HEADING_STYLE.matcher(name == null ? "" : name);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return id.toLowerCase(Locale.ROOT).equals("title") ? 1 : 0;
    }

    /** The runs as inline Markdown; neighbouring runs with the same emphasis are joined first. */
    private String runs(XWPFParagraph p) {
        StringBuilder out = new StringBuilder();
        StringBuilder pending = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        for (XWPFRun r : p.getRuns()) {
            String piece = piece(r);
            boolean b = r.isBold();
            boolean i = r.isItalic();
            boolean special = r instanceof XWPFHyperlinkRun || !r.getEmbeddedPictures().isEmpty()
                    || !r.getCTR().getFootnoteReferenceList().isEmpty();
            if (special || b != bold || i != italic) {
                out.append(Inline.emphasize(pending.toString(), bold, italic));
                pending.setLength(0);
                bold = b;
                italic = i;
            }
            if (special) {
                out.append(piece);
            } else {
                pending.append(piece);
            }
        }
        return out.append(Inline.emphasize(pending.toString(), bold, italic)).toString();
    }

    private String piece(XWPFRun r) {
        StringBuilder b = new StringBuilder();
        // POI spells a footnote reference into the run's text; the Markdown reference replaces it.
        String text = r.text().replaceAll("\\[footnoteRef:\\d+\\]", "");
        if (r instanceof XWPFHyperlinkRun h && h.getHyperlink(doc) != null && !text.isBlank()) {
            b.append('[').append(Inline.escape(text)).append("](").append(h.getHyperlink(doc).getURL()).append(')');
        } else {
            b.append(Inline.escape(text));
        }
        for (XWPFPicture pic : r.getEmbeddedPictures()) {
            String name = ReadDocument.mediaName(media.size() + 1, pic.getPictureData().suggestFileExtension());
            media.put(name, pic.getPictureData().getData());
            String alt = pic.getDescription() == null || pic.getDescription().isBlank() ? "图片" : pic.getDescription();
            b.append("![").append(Inline.escape(alt)).append("](").append(name).append(')');
        }
        for (CTFtnEdnRef ref : r.getCTR().getFootnoteReferenceList()) {
            BigInteger id = ref.getId();
            b.append("[^").append(id).append(']');
        }
        return b.toString();
    }
}
