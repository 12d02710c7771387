package io.sanshen.importer;

import java.util.List;
import java.util.Map;

/** Joins blocks into a Markdown body: blank lines between blocks, list items kept together, footnotes at the end. */
final class MarkdownBody {
    private MarkdownBody() {}

    static String of(List<Block> blocks, Map<String, String> footnotes) {
        StringBuilder b = new StringBuilder();
        Block previous = null;
        for (Block block : blocks) {
            if (previous != null) {
                boolean sameList = previous.kind() == Block.Kind.LIST_ITEM && block.kind() == Block.Kind.LIST_ITEM;
                b.append(sameList ? "\n" : "\n\n");
            }
            b.append(switch (block.kind()) {
                case HEADING -> "#".repeat(block.level()) + " " + block.markdown();
                case LIST_ITEM -> "   ".repeat(block.level()) + block.markdown();
                default -> block.markdown();
            });
            previous = block;
        }
        if (!footnotes.isEmpty()) {
            b.append("\n");
            footnotes.forEach((id, text) -> b.append("\n[^").append(id).append("]: ").append(text));
        }
        return b.append('\n').toString();
    }
}
