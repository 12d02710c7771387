package io.sanshen.content.attachment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.filesystem.DirectoryNode;

/**
 * Names of people kept in document properties, and macro storages in OLE2 files. Both formats' readers hand over
 * their parsed model, so nothing here parses bytes.
 */
final class MetadataLeaks {

    /** Values that tools and default installs write; they name no person. */
    private static final Set<String> PLACEHOLDERS = Set.of("apache poi", "administrator", "admin", "user", "微软用户",
            "microsoft office 用户", "microsoft office user", "owner", "unknown", "python-docx", "openpyxl");

    private MetadataLeaks() {
    }

    static void ooxml(POIXMLDocument doc, InspectionSink sink) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        people(sink, core.getCreator(), core.getLastModifiedByUser());
    }

    static void ole(SummaryInformation info, InspectionSink sink) {
        if (info != null) {
            people(sink, info.getAuthor(), info.getLastAuthor());
        }
    }

    static void pdf(String author, InspectionSink sink) {
        people(sink, author, null);
    }

    /** Word keeps VBA in {@code Macros}, Excel in {@code _VBA_PROJECT_CUR}. */
    static void oleMacros(DirectoryNode root, InspectionSink sink) {
        for (String storage : List.of("Macros", "_VBA_PROJECT_CUR", "VBA")) {
            if (root != null && root.hasEntryCaseInsensitive(storage)) {
                sink.leak(Locator.document(), LeakKind.MACROS, storage);
            }
        }
    }

    private static boolean names(String value) {
        return value != null && !value.isBlank() && !PLACEHOLDERS.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private static void people(InspectionSink sink, String author, String lastModifiedBy) {
        List<String> found = new ArrayList<>();
        if (names(author)) {
            found.add("author=" + author.strip());
        }
        if (names(lastModifiedBy)) {
            found.add("lastModifiedBy=" + lastModifiedBy.strip());
        }
        if (!found.isEmpty()) {
            sink.leak(Locator.document(), LeakKind.PERSONAL_METADATA, String.join("; ", found));
        }
    }
}
