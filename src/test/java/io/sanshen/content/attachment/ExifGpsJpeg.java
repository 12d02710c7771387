package io.sanshen.content.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Builds real JPEG (and PNG) files with a hand-made EXIF APP1 segment holding a GPS IFD, as a phone camera writes it:
 * IFD0 with a GPSInfo pointer, then GPSLatitudeRef/GPSLatitude/GPSLongitudeRef/GPSLongitude as degree, minute,
 * second rationals. Big-endian TIFF ("MM").
 */
final class ExifGpsJpeg {

    private ExifGpsJpeg() {
    }

    /** A small JPEG without any EXIF data. */
    static byte[] plainJpeg() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xCC0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** A JPEG taken at the given position; latitude north and longitude east, each as degrees, minutes, seconds. */
    static byte[] withGps(int latDeg, int latMin, double latSec, int lonDeg, int lonMin, double lonSec) throws IOException {
        byte[] jpeg = plainJpeg();
        byte[] app1 = app1(tiff(latDeg, latMin, latSec, lonDeg, lonMin, lonSec));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(app1);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * A small PNG with the same GPS TIFF block in an {@code eXIf} chunk (PNG 1.5 extension), placed after IHDR.
     */
    static byte[] pngWithGps(int latDeg, int latMin, double latSec, int lonDeg, int lonMin, double lonSec)
            throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", plain);
        byte[] png = plain.toByteArray();
        byte[] tiff = tiff(latDeg, latMin, latSec, lonDeg, lonMin, lonSec);
        byte[] type = "eXIf".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(tiff);
        ByteBuffer chunk = ByteBuffer.allocate(12 + tiff.length);
        chunk.putInt(tiff.length).put(type).put(tiff).putInt((int) crc.getValue());
        int afterIhdr = 8 + 12 + 13; // signature, then IHDR's length, type, 13 data bytes and CRC
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        out.write(chunk.array());
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    private static byte[] app1(byte[] tiff) {
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiff.length;
        ByteBuffer segment = ByteBuffer.allocate(2 + length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(header).put(tiff);
        return segment.array();
    }

    private static byte[] tiff(int latDeg, int latMin, double latSec, int lonDeg, int lonMin, double lonSec) {
        int gpsIfd = 8 + 2 + 12 + 4;
        int data = gpsIfd + 2 + 4 * 12 + 4;
        ByteBuffer b = ByteBuffer.allocate(data + 48); // big-endian by default
        b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        b.putShort((short) 1);
        entry(b, 0x8825, 4, 1, gpsIfd); // GPSInfo IFD pointer
        b.putInt(0);
        b.putShort((short) 4);
        asciiEntry(b, 0x0001, 'N');
        entry(b, 0x0002, 5, 3, data);
        asciiEntry(b, 0x0003, 'E');
        entry(b, 0x0004, 5, 3, data + 24);
        b.putInt(0);
        rationals(b, latDeg, latMin, latSec);
        rationals(b, lonDeg, lonMin, lonSec);
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** A two-byte ASCII value ("N\0") fits in the entry's value field. */
    private static void asciiEntry(ByteBuffer b, int tag, char value) {
        b.putShort((short) tag).putShort((short) 2).putInt(2).put((byte) value).put((byte) 0).putShort((short) 0);
    }

    private static void rationals(ByteBuffer b, int degrees, int minutes, double seconds) {
        b.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt((int) Math.round(seconds * 100)).putInt(100);
    }
}
