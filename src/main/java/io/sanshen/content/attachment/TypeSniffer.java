package io.sanshen.content.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells the real type of a file from its magic bytes and, for containers (ZIP, OLE2), from the names inside them:
 * the extension is only used to detect lies and to name encrypted Office packages.
 */
final class TypeSniffer {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    /** Enough ZIP entries to find the main part of any real Office file; more is not read for sniffing. */
    private static final int MAX_SNIFFED_ENTRIES = 10_000;

    private TypeSniffer() {
    }

    static TypeDetection detect(String name, byte[] bytes) {
        AttachmentType claimed = AttachmentType.fromFileName(name);
        boolean encrypted = false;
        AttachmentType type;
        if (isPdf(bytes)) {
            type = AttachmentType.PDF;
        } else if (startsWith(bytes, 0, OLE2)) {
            Set<String> entries = oleEntries(bytes);
            encrypted = entries.contains("EncryptedPackage") && entries.contains("EncryptionInfo");
            type = encrypted ? ooxmlOrOther(claimed) : oleType(entries);
        } else if (startsWith(bytes, 0, new byte[] {'P', 'K', 3, 4}) || startsWith(bytes, 0, new byte[] {'P', 'K', 5, 6})) {
            type = zipType(bytes);
        } else if (startsWith(bytes, 0, PNG)) {
            type = AttachmentType.PNG;
        } else if (startsWith(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            type = AttachmentType.JPEG;
        } else if (ascii(bytes, 0, "GIF87a") || ascii(bytes, 0, "GIF89a")) {
            type = AttachmentType.GIF;
        } else if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) {
            type = AttachmentType.WEBP;
        } else if (ascii(bytes, 4, "ftyp") && (ascii(bytes, 8, "heic") || ascii(bytes, 8, "heix")
                || ascii(bytes, 8, "mif1") || ascii(bytes, 8, "heif") || ascii(bytes, 8, "msf1"))) {
            type = AttachmentType.HEIC;
        } else {
            // SVG and web pages are text without magic bytes: served by their name, so checked as what they claim
            type = claimed.isScriptable() ? claimed : AttachmentType.OTHER;
        }
        return new TypeDetection(type, claimed, type != claimed, encrypted);
    }

    /** PDF readers accept the header anywhere in the first 1024 bytes, so a prefix of junk does not hide one. */
    private static boolean isPdf(byte[] bytes) {
        int end = Math.min(bytes.length, 1024) - 5;
        for (int i = 0; i <= end; i++) {
            if (ascii(bytes, i, "%PDF-")) {
                return true;
            }
        }
        return false;
    }

    private static AttachmentType ooxmlOrOther(AttachmentType claimed) {
        return claimed == AttachmentType.DOCX || claimed == AttachmentType.XLSX || claimed == AttachmentType.PPTX
                ? claimed : AttachmentType.OTHER;
    }

    private static AttachmentType oleType(Set<String> entries) {
        if (entries.contains("WordDocument")) {
            return AttachmentType.DOC;
        }
        if (entries.contains("Workbook") || entries.contains("WORKBOOK") || entries.contains("Book")) {
            return AttachmentType.XLS;
        }
        return AttachmentType.OTHER;
    }

    private static Set<String> oleEntries(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            return new HashSet<>(root.getEntryNames());
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    private static AttachmentType zipType(byte[] bytes) {
        Set<String> names = new HashSet<>();
        String contentTypes = "";
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && names.size() < MAX_SNIFFED_ENTRIES) {
                names.add(entry.getName());
                if ("[Content_Types].xml".equals(entry.getName())) {
                    contentTypes = new String(zip.readNBytes(256 * 1024), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A damaged archive is still a ZIP; the extractor reports the damage.
        }
        if (contentTypes.contains("wordprocessingml.document.main") || contentTypes.contains("ms-word.document.macroEnabled")
                || contentTypes.contains("wordprocessingml.template.main") || names.contains("word/document.xml")) {
            return AttachmentType.DOCX;
        }
        if (contentTypes.contains("spreadsheetml.sheet.main") || contentTypes.contains("ms-excel.sheet.macroEnabled")
                || contentTypes.contains("spreadsheetml.template.main") || names.contains("xl/workbook.xml")) {
            return AttachmentType.XLSX;
        }
        if (names.contains("OFD.xml")) {
            return AttachmentType.OFD;
        }
        if (contentTypes.contains("presentationml.presentation.main") || names.contains("ppt/presentation.xml")) {
            return AttachmentType.PPTX;
        }
        return AttachmentType.ZIP;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] magic) {
        if (bytes.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[at + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] bytes, int at, String magic) {
        return startsWith(bytes, at, magic.getBytes(StandardCharsets.US_ASCII));
    }
}
