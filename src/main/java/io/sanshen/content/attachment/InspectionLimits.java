package io.sanshen.content.attachment;

/**
 * Safety limits for one inspection, against zip bombs and huge documents. The allowed types and per-site size limit
 * for uploads belong to the site's configuration; {@code maxFileBytes} is only the inspector's own ceiling.
 *
 * @param maxFileBytes     larger files are not parsed at all
 * @param maxTextChars     extracted text beyond this many characters is dropped (reported as TEXT_TRUNCATED)
 * @param maxPdfPages      PDF pages after this one are not read (reported as PAGES_TRUNCATED)
 * @param maxEntryBytes    largest uncompressed ZIP entry (also POI's {@code ZipSecureFile} entry limit)
 * @param minInflateRatio  smallest compressed/uncompressed ratio accepted in ZIP entries (POI's zip-bomb guard)
 * @param maxEmbeddedImages embedded pictures checked for GPS data per document
 */
public record InspectionLimits(long maxFileBytes, long maxTextChars, int maxPdfPages, long maxEntryBytes,
        double minInflateRatio, int maxEmbeddedImages) {

    public InspectionLimits {
        if (maxFileBytes <= 0 || maxTextChars <= 0 || maxPdfPages <= 0 || maxEntryBytes <= 0 || maxEmbeddedImages < 0
                || minInflateRatio < 0 || minInflateRatio >= 1) {
            throw new IllegalArgumentException("limits must be positive and the inflate ratio in [0, 1)");
        }
    }

    /** 100 MB files, 20 M characters of text, 2000 PDF pages, 200 MB per ZIP entry, POI's 1% inflate ratio. */
    public static InspectionLimits defaults() {
        return new InspectionLimits(100L << 20, 20_000_000L, 2000, 200L << 20, 0.01, 500);
    }

    public InspectionLimits withMaxPdfPages(int pages) {
        return new InspectionLimits(maxFileBytes, maxTextChars, pages, maxEntryBytes, minInflateRatio, maxEmbeddedImages);
    }

    public InspectionLimits withMaxTextChars(long chars) {
        return new InspectionLimits(maxFileBytes, chars, maxPdfPages, maxEntryBytes, minInflateRatio, maxEmbeddedImages);
    }

    public InspectionLimits withMaxFileBytes(long bytes) {
        return new InspectionLimits(bytes, maxTextChars, maxPdfPages, maxEntryBytes, minInflateRatio, maxEmbeddedImages);
    }
}
