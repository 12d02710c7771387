package io.sanshen.content;

import io.sanshen.diag.CacheData;
import io.sanshen.diag.ChecksummedFile;
import io.sanshen.diag.Finding;
import io.sanshen.diag.SourcePos;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@link SnapshotCache} on disk: what reading each item file gave (its findings and front matter; the body is
 * cut from the file's bytes again, which are read anyway for the blob id), by path and blob id, bound to the
 * caller's {@code inputs} (program and config: what the front matter reader reads). A {@link ChecksummedFile}: a
 * damaged or foreign file, or one made for other inputs, is a cache miss.
 */
final class SnapshotFile {
    private static final String KIND = "sanshen snapshot v2\n";

    /** A file's findings and front matter; {@code meta} is null where reading stopped. */
    record Entry(List<Finding> findings, FrontMatter meta) {
    }

    private SnapshotFile() {
    }

    static Map<String, Entry> read(Path file, String inputs) {
        return ChecksummedFile.read(file, KIND).flatMap(bytes -> decode(bytes, inputs)).orElse(Map.of());
    }

    static void write(Path file, String inputs, Map<String, Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            CacheData.writeString(out, inputs);
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> e : new TreeMap<>(entries).entrySet()) {
                CacheData.writeString(out, e.getKey());
                out.writeInt(e.getValue().findings().size());
                for (Finding f : e.getValue().findings()) {
                    CacheData.writeFinding(out, f);
                }
                out.writeBoolean(e.getValue().meta() != null);
                if (e.getValue().meta() != null) {
                    writeMeta(out, e.getValue().meta(), pathOf(e.getKey()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        ChecksummedFile.write(file, KIND, bytes.toByteArray());
    }

    private static Optional<Map<String, Entry>> decode(byte[] bytes, String inputs) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (!CacheData.readString(in).equals(inputs)) {
                return Optional.empty();
            }
            int n = CacheData.readCount(in, 9);
            Map<String, Entry> entries = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String key = CacheData.readString(in);
                List<Finding> findings = new ArrayList<>();
                for (int j = CacheData.readCount(in, 1); j > 0; j--) {
                    findings.add(CacheData.readFinding(in));
                }
                entries.put(key, new Entry(List.copyOf(findings), in.readBoolean() ? readMeta(in, pathOf(key)) : null));
            }
            return in.available() == 0 ? Optional.of(entries) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The item path of a cache key ({@code path \0 blob}). */
    private static String pathOf(String key) {
        return key.substring(0, key.indexOf('\0'));
    }

    private static void writeMeta(DataOutputStream out, FrontMatter m, String path) throws IOException {
        for (String s : List.of(m.title(), m.indexNo(), m.publisher(), m.source())) {
            CacheData.writeString(out, s);
        }
        CacheData.writeString(out, String.valueOf(m.created()));
        CacheData.writeString(out, String.valueOf(m.date()));
        out.writeBoolean(m.dateHasTime());
        for (String s : List.of(m.docNo(), m.topic(), m.genre(), m.category())) {
            CacheData.writeString(out, s);
        }
        out.writeByte(m.disclosure().ordinal());
        out.writeBoolean(m.important());
        out.writeBoolean(m.reprint() != null);
        if (m.reprint() != null) {
            CacheData.writeString(out, m.reprint().site());
            CacheData.writeString(out, m.reprint().url());
            CacheData.writeString(out, String.valueOf(m.reprint().date()));
        }
        CacheData.writeString(out, String.valueOf(m.expires()));
        out.writeBoolean(m.draft());
        out.writeInt(m.attachments().size());
        for (AttachmentRef a : m.attachments()) {
            CacheData.writeString(out, a.file());
            CacheData.writeString(out, a.title());
            CacheData.writePos(out, a.pos());
        }
        out.writeInt(m.tags().size());
        for (String t : m.tags()) {
            CacheData.writeString(out, t);
        }
        CacheData.writeString(out, m.summary());
        CacheData.writeString(out, m.author());
        out.writeInt(m.positions().size());
        for (Map.Entry<String, SourcePos> e : new TreeMap<>(m.positions()).entrySet()) {
            CacheData.writeString(out, e.getKey());
            // a field's position is in the item's own file: its path is not written again for every field (it was
            // eleven copies of the path per item, on disk and in memory: a quarter of a 100,000-item cache)
            boolean own = e.getValue().path().equals(path);
            out.writeBoolean(own);
            if (own) {
                out.writeInt(e.getValue().line());
                out.writeInt(e.getValue().column());
            } else {
                CacheData.writePos(out, e.getValue());
            }
        }
    }

    private static FrontMatter readMeta(DataInputStream in, String path) throws IOException {
        String title = CacheData.readString(in);
        String indexNo = CacheData.readString(in);
        String publisher = CacheData.readString(in);
        String source = CacheData.readString(in);
        LocalDate created = day(CacheData.readString(in));
        String dateText = CacheData.readString(in);
        LocalDateTime date = dateText.equals("null") ? null : LocalDateTime.parse(dateText);
        boolean dateHasTime = in.readBoolean();
        String docNo = CacheData.readString(in);
        String topic = CacheData.readString(in);
        String genre = CacheData.readString(in);
        String category = CacheData.readString(in);
        Disclosure disclosure = Disclosure.values()[in.readByte()];
        boolean important = in.readBoolean();
        Reprint reprint = in.readBoolean()
                ? new Reprint(CacheData.readString(in), CacheData.readString(in), day(CacheData.readString(in))) : null;
        LocalDate expires = day(CacheData.readString(in));
        boolean draft = in.readBoolean();
        List<AttachmentRef> attachments = new ArrayList<>();
        for (int i = CacheData.readCount(in, 8); i > 0; i--) {
            attachments.add(new AttachmentRef(CacheData.readString(in), CacheData.readString(in), CacheData.readPos(in)));
        }
        List<String> tags = new ArrayList<>();
        for (int i = CacheData.readCount(in, 4); i > 0; i--) {
            tags.add(CacheData.readString(in));
        }
        String summary = CacheData.readString(in);
        String author = CacheData.readString(in);
        Map<String, SourcePos> positions = new HashMap<>();
        for (int i = CacheData.readCount(in, 8); i > 0; i--) {
            String field = CacheData.readString(in);
            positions.put(field, in.readBoolean() ? new SourcePos(path, in.readInt(), in.readInt()) : CacheData.readPos(in));
        }
        return new FrontMatter(title, indexNo, publisher, source, created, date, dateHasTime, docNo, topic, genre,
                category, disclosure, important, reprint, expires, draft, attachments, tags, summary, author, positions);
    }

    private static LocalDate day(String text) {
        return text.equals("null") ? null : LocalDate.parse(text);
    }
}
