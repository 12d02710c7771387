package io.sanshen.content.attachment;

import java.util.Objects;

/**
 * A run of an attachment's text with the place it came from, ready for the word and privacy rules.
 *
 * @param locator where the text is
 * @param text    the text, never blank
 */
public record TextSegment(Locator locator, String text) {

    public TextSegment {
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(text, "text");
    }

    /** Stable human-readable place in Chinese, e.g. {@code 第3页}, {@code Sheet1!B4}, {@code 第12段}. */
    public String location() {
        return locator.display("zh");
    }
}
