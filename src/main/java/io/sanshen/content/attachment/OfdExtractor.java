package io.sanshen.content.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.ofdrw.core.basicStructure.ofd.docInfo.CT_DocInfo;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

/**
 * Text per page of an OFD file (GB/T 33190, the national layout format) through ofdrw, up to the PDF page cap, and
 * its DocInfo author, so that OFD attachments are checked for words and personal information like PDF.
 */
final class OfdExtractor {

    private OfdExtractor() {
    }

    static void extract(byte[] bytes, InspectionSink sink) throws IOException {
        // ofdrw unpacks into a temporary folder and removes it on close.
        try (OFDReader ofd = new OFDReader(new ByteArrayInputStream(bytes))) {
            int pages = ofd.getNumberOfPages();
            int last = Math.min(pages, sink.limits().maxPdfPages());
            if (pages > last) {
                sink.error(ProblemKind.PAGES_TRUNCATED, pages + " pages, limit " + last);
            }
            ContentExtractor extractor = new ContentExtractor(ofd);
            for (int p = 1; p <= last; p++) {
                if (!sink.text(Locator.page(p), String.join("\n", extractor.getPageContent(p)))) {
                    break;
                }
            }
            if (pages > 0 && !sink.hasText()) {
                sink.error(ProblemKind.NO_TEXT, pages + " pages");
            }
            CT_DocInfo info = ofd.getOFDDir().getOfd().getDocBody().getDocInfo();
            MetadataLeaks.pdf(info == null ? null : info.getAuthor(), sink);
        } catch (org.dom4j.DocumentException e) {
            throw new IOException("OFD: " + e.getMessage(), e);
        }
    }
}
