package io.sanshen.content;

import io.sanshen.diag.Findings;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The facts about one item version that review, status, ledger and forms need — {@code important} (adds 终审),
 * {@code draft}, the publication date, and title, source and reprint for the ledger — read by the one
 * {@link FrontMatterReader} the build uses, in lenient mode (vocabulary or metadata mistakes do not matter here),
 * so that no two parts of the product can disagree about them. A version whose front matter cannot be read at all
 * is taken as important and not a draft: it then needs every level, and the build refuses it anyway; so is one whose
 * {@code important} is neither true nor false.
 *
 * @param readable false when the bytes are not UTF-8 or the front matter is missing or not valid YAML
 */
public record ItemFacts(String title, String source, boolean important, boolean draft, Optional<LocalDateTime> date,
                        boolean reprint, boolean readable) {
    public static final ItemFacts NONE = new ItemFacts("", "", false, false, Optional.empty(), false, true);
    static final ItemFacts UNREADABLE = new ItemFacts("", "", true, false, Optional.empty(), false, false);

    /** The facts of a Markdown file's bytes. */
    public static ItemFacts of(byte[] markdown, FrontMatterReader reader, String path) {
        return TextDecoder.decode(markdown, path, new Findings()).flatMap(FrontMatterSplitter::split)
                .flatMap(parts -> reader.facts(parts, path)).orElse(UNREADABLE);
    }
}
