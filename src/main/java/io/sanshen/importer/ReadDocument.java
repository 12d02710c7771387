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

    static ReadDocument ofBlocks(List<Block> blocks, List<Text> leftOut) {
        return new ReadDocument(blocks, Map.of(), Map.of(), Optional.empty(), Optional.empty(), leftOut);
    }
}
