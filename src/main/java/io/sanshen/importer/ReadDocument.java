package io.sanshen.importer;

import io.sanshen.diag.Text;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a format reader got out of a file: the blocks in reading order, footnote definitions (label → text), the
 * images and other files to put beside the item (file name → bytes), the document's own metadata, and what it had to
 * leave out (shown to the editor).
 */
record ReadDocument(List<Block> blocks, Map<String, String> footnotes, Map<String, byte[]> media,
        Optional<String> metaTitle, Optional<LocalDate> metaCreated, List<Text> leftOut) {
    ReadDocument {
        blocks = List.copyOf(blocks);
        footnotes = new LinkedHashMap<>(footnotes);
        media = new LinkedHashMap<>(media);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * The file name of the n-th image beside the item: {@code image-<n>.<ext>}, the extension cut to letters and
     * digits, because it comes from inside the document (an OFD resource path could say {@code ../../x}).
     */
    static String mediaName(int n, String extension) {
        String ext = extension.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return "image-" + n + "." + (ext.isEmpty() || ext.length() > 5 ? "bin" : ext);
    }

    static ReadDocument ofBlocks(List<Block> blocks, List<Text> leftOut) {
        return new ReadDocument(blocks, Map.of(), Map.of(), Optional.empty(), Optional.empty(), leftOut);
    }
}
