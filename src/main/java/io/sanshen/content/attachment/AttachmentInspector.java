package io.sanshen.content.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Checks one attachment: sniffs its type, extracts its text with locations and finds leaks. Never throws for what is
 * in the file: corrupt, encrypted or oversized input ends up in {@link Inspection#errors()} or as an
 * {@link LeakKind#ENCRYPTED} leak. Thread-safe; the limits are fixed at construction.
 *
 * <p>POI keeps its zip-bomb limits in JVM-wide statics ({@link ZipSecureFile}); each Office file's inspection
 * tightens them to these limits first, which also affects other POI users in the same JVM.
 */
public final class AttachmentInspector {

    private final InspectionLimits limits;

    public AttachmentInspector() {
        this(InspectionLimits.defaults());
    }

    public AttachmentInspector(InspectionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Sets POI's limits just before POI reads a file, not in the constructor: touching {@link ZipSecureFile} loads
     * POI, Commons Compress and Log4j (~0.1 s), which a run whose items have no Office attachment never needs.
     */
    private void limitPoi() {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        ZipSecureFile.setMaxTextSize(Math.max(limits.maxTextChars(), ZipSecureFile.getMaxTextSize()));
    }

    public InspectionLimits limits() {
        return limits;
    }

    /** Inspects a file; the file name is the attachment name. Unreadable or oversized files give an error entry. */
    public Inspection inspect(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return tooLarge(name, size);
            }
            return inspect(name, Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            InspectionSink sink = new InspectionSink(limits);
            sink.error(ProblemKind.CORRUPT, "cannot read file: " + e.getMessage());
            return sink.finish(name, TypeSniffer.detect(name, new byte[0]));
        }
    }

    /** Inspects an attachment given as bytes; {@code name} is used for reports and for the extension check. */
    public Inspection inspect(String name, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > limits.maxFileBytes()) {
            return tooLarge(name, bytes.length);
        }
        InspectionSink sink = new InspectionSink(limits);
        TypeDetection detection;
        try {
            detection = TypeSniffer.detect(name, bytes);
        } catch (RuntimeException e) {
            sink.error(ProblemKind.CORRUPT, "type detection: " + e.getMessage());
            return sink.finish(name, new TypeDetection(AttachmentType.OTHER, AttachmentType.fromFileName(name), false, false));
        }
        if (detection.encryptedPackage()) {
            sink.leak(Locator.document(), LeakKind.ENCRYPTED, "encrypted Office package");
        } else {
            extract(detection.type(), bytes, sink);
        }
        return sink.finish(name, detection);
    }

    private void extract(AttachmentType type, byte[] bytes, InspectionSink sink) {
        if (type == AttachmentType.DOCX || type == AttachmentType.XLSX || type == AttachmentType.PPTX) {
            // Before the document model: macros and pictures are found even when POI rejects the package.
            PackageScanner.scan(bytes, sink);
        }
        if (type == AttachmentType.DOCX || type == AttachmentType.XLSX || type == AttachmentType.XLS
                || type == AttachmentType.DOC) {
            limitPoi();
        }
        try {
            switch (type) {
                case PDF -> PdfExtractor.extract(bytes, sink);
                case OFD -> OfdExtractor.extract(bytes, sink);
                case DOCX -> DocxExtractor.extract(bytes, sink);
                case XLSX -> WorkbookExtractor.extractXlsx(bytes, sink);
                case XLS -> WorkbookExtractor.extractXls(bytes, sink);
                case DOC -> DocExtractor.extract(bytes, sink);
                case PNG, JPEG, GIF, WEBP, HEIC -> GpsReader.position(bytes)
                        .ifPresent(p -> sink.leak(Locator.document(), LeakKind.GPS_LOCATION, p));
                case PPTX -> sink.error(ProblemKind.UNSUPPORTED, "PPTX");
                case SVG -> SvgScanner.scan(bytes, sink);
                case MARKUP -> sink.active(ActiveContent.document(ActiveContent.Kind.MARKUP_DOCUMENT, ""));
                // the detail is shown in Chinese output too: a format name, never the enum constant OTHER
                case ZIP -> sink.error(ProblemKind.UNSUPPORTED, "ZIP");
                case OTHER -> sink.error(ProblemKind.UNSUPPORTED, "");
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // tested with instanceof, not caught by type: a catch clause's types load with the method, and these
            // would load POI and PDFBox for a run that opens neither kind of file
            if (e instanceof EncryptedDocumentException || e instanceof InvalidPasswordException) {
                sink.leak(Locator.document(), LeakKind.ENCRYPTED, e.getMessage());
            } else {
                sink.error(isZipBomb(e) ? ProblemKind.UNSAFE_ARCHIVE : ProblemKind.CORRUPT,
                        e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    /** POI reports its zip-bomb guard only through the message text. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE") || message.contains("max file count")) {
                return true;
            }
        }
        return false;
    }

    private Inspection tooLarge(String name, long size) {
        InspectionSink sink = new InspectionSink(limits);
        sink.error(ProblemKind.TOO_LARGE, size + " bytes, limit " + limits.maxFileBytes());
        AttachmentType claimed = AttachmentType.fromFileName(name);
        return sink.finish(name, new TypeDetection(claimed, claimed, false, false));
    }
}
