package io.sanshen.content.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class TypeSnifferTest {

    private final AttachmentInspector inspector = new AttachmentInspector();

    @Test
    void officeFormatsAreToldApartByTheirContentNotTheirName() throws Exception {
        assertThat(TypeSniffer.detect("x.bin", WordFixtures.bytes(WordFixtures.clean())).type())
                .isEqualTo(AttachmentType.DOCX);
        assertThat(TypeSniffer.detect("x.bin", SheetFixtures.bytes(SheetFixtures.clean(true))).type())
                .isEqualTo(AttachmentType.XLSX);
        assertThat(TypeSniffer.detect("x.bin", SheetFixtures.bytes(SheetFixtures.clean(false))).type())
                .isEqualTo(AttachmentType.XLS);
        assertThat(TypeSniffer.detect("x.bin", PdfFixtures.bytes(PdfFixtures.pages(List.of("a")))).type())
                .isEqualTo(AttachmentType.PDF);
    }

    @Test
    void imagesAreRecognisedByMagicBytes() throws Exception {
        assertThat(TypeSniffer.detect("a.jpg", ExifGpsJpeg.plainJpeg()).type()).isEqualTo(AttachmentType.JPEG);
        assertThat(TypeSniffer.detect("a.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}).type())
                .isEqualTo(AttachmentType.PNG);
        assertThat(TypeSniffer.detect("a.gif", "GIF89a\1\0\1\0".getBytes(StandardCharsets.US_ASCII)).type())
                .isEqualTo(AttachmentType.GIF);
        assertThat(TypeSniffer.detect("a.webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)).type())
                .isEqualTo(AttachmentType.WEBP);
        assertThat(TypeSniffer.detect("a.heic", "\0\0\0\u0018ftypheic\0\0\0\0".getBytes(StandardCharsets.US_ASCII))
                .type()).isEqualTo(AttachmentType.HEIC);
    }

    @Test
    void pdfNamedFileThatIsAZipIsAMismatch() throws Exception {
        Inspection result = inspector.inspect("公告.pdf", plainZip());

        assertThat(result.type()).isEqualTo(AttachmentType.ZIP);
        assertThat(result.typeMismatch()).isTrue();
        assertThat(result.errors()).extracting(InspectionError::kind).containsExactly(ProblemKind.UNSUPPORTED);
    }

    @Test
    void docxRenamedToDocIsAMismatchButIsStillInspectedAsWhatItIs() throws Exception {
        Inspection result = inspector.inspect("通知.doc", WordFixtures.bytes(WordFixtures.clean()));

        assertThat(result.type()).isEqualTo(AttachmentType.DOCX);
        assertThat(result.typeMismatch()).isTrue();
        assertThat(result.segments()).isNotEmpty();
    }

    @Test
    void extensionIsMatchedCaseInsensitively() throws Exception {
        assertThat(TypeSniffer.detect("照片.JPG", ExifGpsJpeg.plainJpeg()).mismatch()).isFalse();
        assertThat(AttachmentType.extension("dir.v2/README")).isEmpty();
    }

    @Test
    void textFileWithUnknownExtensionIsNoMismatch() {
        TypeDetection detection = TypeSniffer.detect("说明.txt", "纯文本".getBytes(StandardCharsets.UTF_8));

        assertThat(detection.type()).isEqualTo(AttachmentType.OTHER);
        assertThat(detection.mismatch()).isFalse();
    }

    static byte[] plainZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
