package io.sanshen.review;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The two front-matter flags review needs without a full content parse: {@code important} (adds 终审) and
 * {@code draft} (not published, so not required to be approved). Read from the blob's own bytes.
 */
record ItemFlags(boolean important, boolean draft) {
    private static final Pattern IMPORTANT = Pattern.compile("(?m)^(?:important|重要信息)\\s*:\\s*(?:true|yes|on|是)\\s*$");
    private static final Pattern DRAFT = Pattern.compile("(?m)^(?:draft|草稿)\\s*:\\s*(?:true|yes|on|是)\\s*$");

    static final ItemFlags NONE = new ItemFlags(false, false);

    static ItemFlags of(byte[] markdown) {
        String text = new String(markdown, StandardCharsets.UTF_8);
        if (!text.startsWith("---")) {
            return NONE;
        }
        int end = text.indexOf("\n---", 3);
        String yaml = end < 0 ? "" : text.substring(0, end);
        return new ItemFlags(IMPORTANT.matcher(yaml).find(), DRAFT.matcher(yaml).find());
    }
}
