package io.sanshen.content.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class ImageInspectionTest {

    private final AttachmentInspector inspector = new AttachmentInspector();

    @Test
    void handBuiltExifSegmentIsReadByMetadataExtractor() throws Exception {
        byte[] jpeg = ExifGpsJpeg.withGps(39, 54, 15.0, 116, 24, 26.4);

        GpsDirectory gps = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg))
                .getFirstDirectoryOfType(GpsDirectory.class);

        GeoLocation where = gps.getGeoLocation();
        assertThat(where.getLatitude()).isCloseTo(39.904167, offset(1e-6));
        assertThat(where.getLongitude()).isCloseTo(116.407333, offset(1e-6));
    }

    @Test
    void jpegWithGpsIsABlocker() throws Exception {
        Inspection result = inspector.inspect("现场.jpg", ExifGpsJpeg.withGps(39, 54, 15.0, 116, 24, 26.4));

        assertThat(result.type()).isEqualTo(AttachmentType.JPEG);
        assertThat(result.leaks()).singleElement().satisfies(leak -> {
            assertThat(leak.kind()).isEqualTo(LeakKind.GPS_LOCATION);
            assertThat(leak.where()).isEqualTo(Locator.document());
            assertThat(leak.detail()).isEqualTo("39.9042,116.4073");
        });
        assertThat(result.blocksPublication()).isTrue();
    }

    @Test
    void pngWithGpsInItsExifChunkIsABlocker() throws Exception {
        Inspection result = inspector.inspect("截图.png", ExifGpsJpeg.pngWithGps(30, 39, 36.0, 104, 3, 36.0));

        assertThat(result.type()).isEqualTo(AttachmentType.PNG);
        assertThat(result.leaks()).extracting(LeakFinding::kind, LeakFinding::detail)
                .containsExactly(tuple(LeakKind.GPS_LOCATION, "30.6600,104.0600"));
    }

    @Test
    void jpegWithoutExifIsClean() throws Exception {
        Inspection result = inspector.inspect("a.jpeg", ExifGpsJpeg.plainJpeg());

        assertThat(result.leaks()).isEmpty();
        assertThat(result.errors()).isEmpty();
        assertThat(result.segments()).isEmpty();
    }

    @Test
    void gpsAtZeroZeroIsWhatCamerasWithoutAFixWriteAndIsNotReported() throws Exception {
        Inspection result = inspector.inspect("a.jpg", ExifGpsJpeg.withGps(0, 0, 0, 0, 0, 0));

        assertThat(result.leaks()).isEmpty();
    }
}
