package io.sanshen.importer;

import java.util.List;
import java.util.Map;

/** Joins blocks into a Markdown body: blank lines between blocks, list items kept together, footnotes at the end. */
final class MarkdownBody {
    private MarkdownBody() {}

    /** Ordered items count 1, 2, 3 … within one run of list items, per depth, so the Markdown reads as the page. */
    private static String number(Block block, Block previous, int[] numbers) {
        int depth = Math.min(block.level(), numbers.length - 1);
        if (previous == null || previous.kind() != Block.Kind.LIST_ITEM) {
            java.util.Arrays.fill(numbers, 0);
        } else if (previous.level() < depth) {
            numbers[depth] = 0;
        }
        if (!block.markdown().startsWith("1. ")) {
            return block.markdown();
        }
        numbers[depth]++;
        return numbers[depth] + ". " + block.markdown().substring(3);
    }

    static String of(List<Block> blocks, Map<String, String> footnotes) {
        StringBuilder b = new StringBuilder();
        Block previous = null;
        int[] numbers = new int[10];
        for (Block block : blocks) {
            if (previous != null) {
                boolean sameList = previous.kind() == Block.Kind.LIST_ITEM && block.kind() == Block.Kind.LIST_ITEM;
                b.append(sameList ? "\n" : "\n\n");
            }
            b.append(switch (block.kind()) {
                case HEADING -> "#".repeat(block.level()) + " " + block.markdown();
                case LIST_ITEM -> "   ".repeat(block.level()) + number(block, previous, numbers);
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
