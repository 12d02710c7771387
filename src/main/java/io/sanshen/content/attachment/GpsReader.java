package io.sanshen.content.attachment;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a GPS position in an image's EXIF or XMP metadata (JPEG, PNG, WebP, HEIC, TIFF...). A position of exactly
 * 0,0 is what cameras without a fix write, so it is not reported.
 */
final class GpsReader {

    private GpsReader() {
    }

    /**
     * The position as {@code "lat,lon"} with four decimals (about 10 m), or empty when the image has none.
     *
     * @throws IOException when the bytes are not an image metadata-extractor can read
     */
    static Optional<String> position(byte[] image) throws IOException {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image), image.length);
        } catch (ImageProcessingException | RuntimeException e) {
            throw new IOException("unreadable image metadata: " + e.getMessage(), e);
        }
        for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
            GeoLocation where = gps.getGeoLocation();
            if (where != null && !where.isZero()) {
                return Optional.of(format(where.getLatitude(), where.getLongitude()));
            }
        }
        for (XmpDirectory xmp : metadata.getDirectoriesOfType(XmpDirectory.class)) {
            String lat = xmp.getXmpProperties().get("exif:GPSLatitude");
            String lon = xmp.getXmpProperties().get("exif:GPSLongitude");
            if (lat != null && lon != null) {
                return Optional.of("XMP " + lat + "," + lon);
            }
        }
        return Optional.empty();
    }

    private static String format(double lat, double lon) {
        return String.format(Locale.ROOT, "%.4f,%.4f", lat, lon);
    }
}
