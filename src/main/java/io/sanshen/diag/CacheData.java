package io.sanshen.diag;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Strings, counts, positions and findings in cache payloads. Lengths are checked against the bytes that remain, so a damaged length
 * cannot ask for gigabytes; strings have no 64 KB limit ({@code writeUTF} has one, and messages or lines may be long).
 */
public final class CacheData {
    private CacheData() {
    }

    /**
     * A count of entries that each take at least {@code minBytes}: refused when the rest of the payload cannot
     * hold that many, so a damaged count never sizes an array.
     */
    public static int readCount(DataInputStream in, int minBytes) throws IOException {
        int n = in.readInt();
        if (n < 0 || (long) n * minBytes > in.available()) {
            throw new IOException("cache count out of range: " + n);
        }
        return n;
    }

    public static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[readCount(in, 1)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static void writeFinding(DataOutputStream out, Finding f) throws IOException {
        writeString(out, f.ruleId());
        out.writeByte(f.severity().ordinal());
        writePos(out, f.pos());
        out.writeInt(f.endColumn());
        for (String s : new String[] {f.message().zh(), f.message().en(), f.fix().zh(), f.fix().en(), f.excerpt()}) {
            writeString(out, s);
        }
    }

    public static Finding readFinding(DataInputStream in) throws IOException {
        String rule = readString(in);
        Severity severity = Severity.values()[in.readByte()];
        SourcePos pos = readPos(in);
        int endColumn = in.readInt();
        Text message = Text.of(readString(in), readString(in));
        Text fix = Text.of(readString(in), readString(in));
        return new Finding(rule, severity, pos, endColumn, message, fix, readString(in));
    }

    public static void writePos(DataOutputStream out, SourcePos pos) throws IOException {
        writeString(out, pos.path());
        out.writeInt(pos.line());
        out.writeInt(pos.column());
    }

    public static SourcePos readPos(DataInputStream in) throws IOException {
        return new SourcePos(readString(in), in.readInt(), in.readInt());
    }
}
