package io.sanshen.content.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobustnessTest {

    private final AttachmentInspector inspector = new AttachmentInspector();

    @Test
    void truncatedDocxGivesACorruptErrorNotAnException() throws Exception {
        byte[] docx = WordFixtures.bytes(WordFixtures.clean());

        Inspection result = inspector.inspect("坏.docx", Arrays.copyOf(docx, docx.length / 2));

        assertThat(result.errors()).extracting(InspectionError::kind).contains(ProblemKind.CORRUPT);
        assertThat(result.errors()).extracting(e -> e.message("zh")).anyMatch(m -> m.startsWith("文件已损坏或格式无法识别"));
        assertThat(result.blocksPublication()).isTrue();
    }

    @Test
    void garbageAfterAPdfHeaderGivesACorruptError() {
        Inspection result = inspector.inspect("坏.pdf", "%PDF-1.7\nthis is not a pdf".getBytes());

        assertThat(result.type()).isEqualTo(AttachmentType.PDF);
        assertThat(result.errors()).extracting(InspectionError::kind).containsExactly(ProblemKind.CORRUPT);
    }

    @Test
    void ole2HeaderWithGarbageIsNotCrashing() {
        byte[] bytes = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
            (byte) 0xB1, 0x1A, (byte) 0xE1}, 600);

        Inspection result = inspector.inspect("坏.xls", bytes);

        assertThat(result.errors()).isNotEmpty();
        assertThat(result.typeMismatch()).isTrue();
    }

    @Test
    void emptyFileIsReportedNotThrown() {
        Inspection result = inspector.inspect("空.docx", new byte[0]);

        assertThat(result.type()).isEqualTo(AttachmentType.OTHER);
        assertThat(result.errors()).isNotEmpty();
    }

    @Test
    void highlyCompressedEntryIsStoppedAsAZipBomb() throws Exception {
        byte[] docx = WordFixtures.bytes(WordFixtures.clean());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
            }
            zip.putNextEntry(new ZipEntry("word/padding.xml"));
            zip.write(new byte[8 << 20]);
        }

        Inspection result = inspector.inspect("炸弹.docx", out.toByteArray());

        assertThat(result.errors()).extracting(InspectionError::kind).contains(ProblemKind.UNSAFE_ARCHIVE);
        assertThat(result.segments()).isEmpty();
    }

    @Test
    void fileOverTheSizeLimitIsNotParsed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("大.pdf");
        Files.write(file, PdfFixtures.bytes(PdfFixtures.pages(List.of("x"))));
        AttachmentInspector small = new AttachmentInspector(InspectionLimits.defaults().withMaxFileBytes(100));

        Inspection result = small.inspect(file);

        assertThat(result.name()).isEqualTo("大.pdf");
        assertThat(result.segments()).isEmpty();
        assertThat(result.errors()).extracting(InspectionError::kind).containsExactly(ProblemKind.TOO_LARGE);
    }

    @Test
    void inspectsAFileByPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("名单.xlsx");
        Files.write(file, SheetFixtures.bytes(SheetFixtures.clean(true)));

        Inspection result = inspector.inspect(file);

        assertThat(result.segments()).hasSize(5);
        assertThat(inspector.inspect(dir.resolve("missing.pdf")).errors()).isNotEmpty();
    }

    @Test
    void textBeyondTheCapIsDroppedAndReported() throws Exception {
        AttachmentInspector capped = new AttachmentInspector(InspectionLimits.defaults().withMaxTextChars(10));

        Inspection result = capped.inspect("通知.docx", WordFixtures.bytes(WordFixtures.clean()));

        assertThat(result.fullText().replace("\n", "")).hasSize(10);
        assertThat(result.errors()).extracting(InspectionError::kind).containsExactly(ProblemKind.TEXT_TRUNCATED);
    }

    @Test
    void passwordProtectedXlsxIsAnEncryptedBlocker() throws Exception {
        byte[] plain = SheetFixtures.bytes(SheetFixtures.clean(true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("密码");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(plain);
            }
            fs.writeFilesystem(out);
        }

        Inspection result = inspector.inspect("名单.xlsx", out.toByteArray());

        assertThat(result.type()).isEqualTo(AttachmentType.XLSX);
        assertThat(result.typeMismatch()).isFalse();
        assertThat(result.leaks()).extracting(LeakFinding::kind).containsExactly(LeakKind.ENCRYPTED);
    }

    @Test
    void passwordProtectedXlsIsAnEncryptedBlocker() throws Exception {
        byte[] encrypted;
        Biff8EncryptionKey.setCurrentUserPassword("密码");
        try {
            encrypted = SheetFixtures.bytes(SheetFixtures.clean(false));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        Inspection result = inspector.inspect("名单.xls", encrypted);

        assertThat(result.leaks()).extracting(LeakFinding::kind).containsExactly(LeakKind.ENCRYPTED);
    }

    @Test
    void vbaProjectInAnOfficeOpenXmlPackageIsAMacroBlocker() throws Exception {
        byte[] xlsm = withExtraEntry(SheetFixtures.bytes(SheetFixtures.clean(true)), "xl/vbaProject.bin", true);

        Inspection result = inspector.inspect("名单.xlsm", xlsm);

        assertThat(result.leaks()).extracting(LeakFinding::where, LeakFinding::kind)
                .containsExactly(tuple(Locator.part("xl/vbaProject.bin"), LeakKind.MACROS));
    }

    @Test
    void macrosAreFoundEvenWhenThePackageIsRejectedByPoi() throws Exception {
        byte[] broken = withExtraEntry(SheetFixtures.bytes(SheetFixtures.clean(true)), "xl/vbaProject.bin", false);

        Inspection result = inspector.inspect("名单.xlsm", broken);

        assertThat(result.leaks()).extracting(LeakFinding::kind).containsExactly(LeakKind.MACROS);
        assertThat(result.errors()).extracting(InspectionError::kind).containsExactly(ProblemKind.CORRUPT);
    }

    @Test
    void vbaStorageInAnXlsIsAMacroBlocker() throws Exception {
        byte[] xls = SheetFixtures.bytes(SheetFixtures.clean(false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls))) {
            fs.getRoot().createDirectory("_VBA_PROJECT_CUR").createDocument("PROJECT",
                    new ByteArrayInputStream("ID=\"{00000000}\"".getBytes()));
            fs.writeFilesystem(out);
        }

        Inspection result = inspector.inspect("名单.xls", out.toByteArray());

        assertThat(result.leaks()).extracting(LeakFinding::kind, LeakFinding::detail)
                .containsExactly(tuple(LeakKind.MACROS, "_VBA_PROJECT_CUR"));
    }

    /**
     * Copies a package and adds one {@code .bin} entry, as a macro-enabled save adds vbaProject.bin; with
     * {@code declared} false the content type is left out, which POI rejects.
     */
    static byte[] withExtraEntry(byte[] zipBytes, String entryName, boolean declared) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (declared && "[Content_Types].xml".equals(e.getName())) {
                    String types = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("<Default ",
                            "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/><Default ");
                    zip.write(types.getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(new byte[] {1, 2, 3, 4});
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
