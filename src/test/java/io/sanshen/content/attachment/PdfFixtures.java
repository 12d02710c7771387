package io.sanshen.content.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

/**
 * Real PDFs built with PDFBox at test time. The machine has no CJK font to embed, so page text is ASCII; Chinese
 * text extraction is exercised through the Office formats, and PDF through page locators.
 */
final class PdfFixtures {

    private PdfFixtures() {
    }

    /** One page per string, each string written on its page. */
    static PDDocument pages(List<String> texts) throws IOException {
        PDDocument pdf = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (String text : texts) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
        }
        return pdf;
    }

    static PDDocument withNote(int pageNumber, String author, String note) throws IOException {
        PDDocument pdf = pages(List.of("Page one", "Page two"));
        PDAnnotationText annotation = new PDAnnotationText();
        annotation.setContents(note);
        annotation.setTitlePopup(author);
        pdf.getPage(pageNumber - 1).getAnnotations().add(annotation);
        return pdf;
    }

    static PDDocument withJpeg(byte[] jpeg) throws IOException {
        PDDocument pdf = pages(List.of("Photo page"));
        PDImageXObject image = JPEGFactory.createFromByteArray(pdf, jpeg);
        try (PDPageContentStream content = new PDPageContentStream(pdf, pdf.getPage(0),
                PDPageContentStream.AppendMode.APPEND, false)) {
            content.drawImage(image, 72, 400, 64, 64);
        }
        return pdf;
    }

    static PDDocument withUserPassword() throws IOException {
        PDDocument pdf = pages(List.of("Secret"));
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        pdf.protect(policy);
        return pdf;
    }

    static byte[] bytes(PDDocument pdf) throws IOException {
        try (pdf; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
