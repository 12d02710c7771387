package io.sanshen.content.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Text per page of a PDF (up to the page cap), reviewers' annotations as comments, the author property, and GPS
 * positions in embedded JPEG pictures (PDF keeps a JPEG's bytes, EXIF included, as they were).
 */
final class PdfExtractor {

    private PdfExtractor() {
    }

    static void extract(byte[] bytes, InspectionSink sink) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            int last = Math.min(pages, sink.limits().maxPdfPages());
            if (pages > last) {
                sink.error(ProblemKind.PAGES_TRUNCATED, pages + " pages, limit " + last);
            }
            new PageStripper(sink).read(pdf, last);
            int images = 0;
            for (int p = 1; p <= last; p++) {
                PDPage page = pdf.getPage(p - 1);
                annotations(page, p, sink);
                images += images(page.getResources(), p, sink.limits().maxEmbeddedImages() - images, sink);
            }
            if (pages > 0 && !sink.hasText()) {
                sink.error(ProblemKind.NO_TEXT, pages + " pages");
            }
            MetadataLeaks.pdf(pdf.getDocumentInformation().getAuthor(), sink);
        }
    }

    /** Markup annotations (notes, highlights, stamps...) are what reviewers leave behind; links and form fields are not. */
    private static void annotations(PDPage page, int number, InspectionSink sink) throws IOException {
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationMarkup markup && !"Popup".equals(annotation.getSubtype())) {
                String author = markup.getTitlePopup();
                sink.leak(Locator.page(number), LeakKind.COMMENTS, annotation.getSubtype()
                        + (author == null || author.isBlank() ? "" : "; author: " + author.strip()));
                sink.text(Locator.pageComment(number), annotation.getContents());
            }
        }
    }

    private static int images(PDResources resources, int page, int budget, InspectionSink sink) throws IOException {
        if (resources == null || budget <= 0) {
            return 0;
        }
        int checked = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (checked < budget && object instanceof PDImageXObject image && "jpg".equals(image.getSuffix())) {
                checked++;
                try (InputStream raw = image.getStream().createInputStream(List.of(COSName.DCT_DECODE.getName()))) {
                    byte[] jpeg = raw.readNBytes((int) Math.min(sink.limits().maxEntryBytes(), Integer.MAX_VALUE - 8));
                    GpsReader.position(jpeg).ifPresent(p -> sink.leak(Locator.page(page), LeakKind.GPS_LOCATION, p));
                } catch (IOException e) {
                    sink.error(ProblemKind.PART_UNREADABLE, "image on page " + page + ": " + e.getMessage());
                }
            }
        }
        return checked;
    }

    /** Hands each page's text to the sink as the stripper finishes the page, in one pass over the document. */
    private static final class PageStripper extends PDFTextStripper {
        private final InspectionSink sink;

        PageStripper(InspectionSink sink) {
            this.sink = sink;
        }

        void read(PDDocument pdf, int lastPage) throws IOException {
            setStartPage(1);
            setEndPage(lastPage);
            StringWriter out = new StringWriter();
            writeText(pdf, out);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            output.flush();
            StringWriter buffer = (StringWriter) output;
            sink.text(Locator.page(getCurrentPageNo()), buffer.toString());
            buffer.getBuffer().setLength(0);
        }
    }
}
