package io.sanshen.content;

import io.sanshen.diag.Findings;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The facts about one item version that review, status, ledger and forms need — {@code important} (adds 终审),
 * {@code draft}, the publication date, and title, source and reprint for the ledger — read by the one
 * {@link FrontMatterReader} the build uses, in lenient mode (vocabulary or metadata mistakes do not matter here),
 * so that no two parts of the product can disagree about them. An {@code important} that is neither true nor false
 * counts as important. A version whose front matter cannot be read at all is neither: the build refuses it anyway,
 * by the same reader.
 */
public record ItemFacts(String title, String source, boolean important, boolean draft, Optional<LocalDateTime> date,
                        boolean reprint) {
    /**
     * No facts: for a file that is no item, front matter that cannot be read, or (from {@link #flagsOf}) front matter
     * that names neither flag, whose title, source and date are then not read.
     */
    public static final ItemFacts NONE = new ItemFacts("", "", false, false, Optional.empty(), false);

    /**
     * Only {@code important} and {@code draft} of a Markdown file's bytes, the same as {@link #of} gives, but without
     * parsing YAML that cannot name either field: a history names many versions, and the YAML parse is most of the
     * cost of judging them. YAML can only produce a key from its literal text or from a double-quoted escape (a
     * backslash): front matter holding none of the field names and no backslash has neither key, so both are false
     * — which is also what {@link #of} says of front matter it cannot read.
     */
    public static ItemFacts flagsOf(byte[] markdown, FrontMatterReader reader, String path) {
        Optional<FrontMatterSplitter> parts = TextDecoder.decode(markdown, path, new Findings()).flatMap(FrontMatterSplitter::split);
        if (parts.isEmpty()) {
            return NONE;
        }
        String yaml = parts.get().yaml();
        if (yaml.indexOf('\\') < 0 && FrontMatterReader.FLAG_NAMES.stream().noneMatch(yaml::contains)) {
            return NONE;
        }
        return reader.facts(parts.get(), path).orElse(NONE);
    }

    /** The facts of a Markdown file's bytes. */
    public static ItemFacts of(byte[] markdown, FrontMatterReader reader, String path) {
        return TextDecoder.decode(markdown, path, new Findings()).flatMap(FrontMatterSplitter::split)
                .flatMap(parts -> reader.facts(parts, path)).orElse(NONE);
    }
}
