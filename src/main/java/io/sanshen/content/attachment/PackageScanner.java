package io.sanshen.content.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks at the raw entries of an Office Open XML package for what the document model does not show: macro
 * projects and pictures carrying GPS positions. Reads entries as a stream with its own size cap, so a zip bomb
 * costs at most {@code maxEntryBytes} per picture.
 */
final class PackageScanner {

    private PackageScanner() {
    }

    static void scan(byte[] bytes, InspectionSink sink) {
        InspectionLimits limits = sink.limits();
        int images = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith("vbaproject.bin")) {
                    sink.leak(Locator.part(name), LeakKind.MACROS, name);
                } else if (isMedia(lower) && images < limits.maxEmbeddedImages()) {
                    images++;
                    checkImage(name, zip, limits.maxEntryBytes(), sink);
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.error(ProblemKind.PART_UNREADABLE, "package entries: " + e.getMessage());
        }
    }

    private static boolean isMedia(String lower) {
        return lower.matches("(word|xl|ppt)/media/[^/]+\\.(jpe?g|png|webp|heic|heif|tiff?)");
    }

    private static void checkImage(String name, InputStream in, long maxBytes, InspectionSink sink) throws IOException {
        byte[] image = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        if (image.length > maxBytes) {
            sink.error(ProblemKind.UNSAFE_ARCHIVE, name + " larger than " + maxBytes + " bytes");
            return;
        }
        try {
            GpsReader.position(image).ifPresent(p -> sink.leak(Locator.part(name), LeakKind.GPS_LOCATION, p));
        } catch (IOException e) {
            sink.error(ProblemKind.PART_UNREADABLE, name + ": " + e.getMessage());
        }
    }
}
