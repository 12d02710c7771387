package io.sanshen.importer;

import io.sanshen.diag.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.core.basicStructure.res.CT_MultiMedia;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * Reads an OFD file (GB/T 33190) with ofdrw: the text objects of each page in order, one paragraph per line of text,
 * the images of its resources, and its DocInfo title and creation date. OFD is a layout format, so tables come out
 * as their cell texts; that is reported.
 */
final class OfdReader {
    ReadDocument read(Path file) throws IOException {
        try (OFDReader reader = new OFDReader(file)) {
            List<Block> blocks = new ArrayList<>();
            ContentExtractor extractor = new ContentExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                for (String line : extractor.getPageContent(page)) {
                    if (!line.isBlank()) {
                        blocks.add(Block.plainParagraph(line));
                    }
                }
            }
            Map<String, byte[]> media = new LinkedHashMap<>();
            List<Text> leftOut = new ArrayList<>();
            for (CT_MultiMedia m : reader.getResMgt().getMultiMedias()) {
                String loc = m.getMediaFile() == null ? "" : m.getMediaFile().toString();
                String name = ReadDocument.mediaName(media.size() + 1,
                        loc.contains(".") ? loc.substring(loc.lastIndexOf('.') + 1) : "png");
                media.put(name, reader.getResMgt().getImageByteArray(m.getID().toString()));
                blocks.add(new Block(Block.Kind.IMAGE, 0, "![图片](" + name + ")", "", Block.Align.LEFT));
            }
            leftOut.add(Text.of("OFD 为版式文件：表格按文字导入，请核对段落和表格", "OFD is a layout format: tables come in as text; check paragraphs and tables"));
            CT_DocInfo info = reader.getOFDDir().getOfd().getDocBody().getDocInfo();
            Optional<String> title = Optional.ofNullable(info == null ? null : info.getTile()).filter(s -> !s.isBlank());
            return new ReadDocument(blocks, Map.of(), media, title,
                    Optional.ofNullable(info == null ? null : info.getCreationDate()), leftOut);
        } catch (org.dom4j.DocumentException | RuntimeException e) {
            throw new IOException("not a readable OFD file: " + e.getMessage(), e);
        }
    }
}
