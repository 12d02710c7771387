package io.sanshen.ledger;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few front-matter fields the ledger and the forms show, read from one blob's bytes without a full content
 * parse (historic versions may not pass today's content rules, and the ledger must still list them).
 *
 * @param title     {@code title}/{@code 标题}, empty when absent
 * @param source    {@code source}/{@code 信息来源}
 * @param important {@code important}/{@code 重要信息} is true (adds 终审)
 * @param reprint   the item carries a {@code reprint}/{@code 转载} block
 */
public record ItemInfo(String title, String source, boolean important, boolean reprint) {
    private static final Pattern TITLE = field("title|标题");
    private static final Pattern SOURCE = field("source|信息来源");
    private static final Pattern IMPORTANT = Pattern.compile("(?m)^(?:important|重要信息)\\s*:\\s*(?:true|yes|on|是)\\s*$");
    private static final Pattern REPRINT = Pattern.compile("(?m)^(?:reprint|转载)\\s*:");

    public static final ItemInfo NONE = new ItemInfo("", "", false, false);

    private static Pattern field(String names) {
        return Pattern.compile("(?m)^(?:" + names + ")\\s*:[ \\t]*(.*?)\\s*$");
    }

    public static ItemInfo of(byte[] markdown) {
        String text = new String(markdown, StandardCharsets.UTF_8);
        if (!text.startsWith("---")) {
            return NONE;
        }
        int end = text.indexOf("\n---", 3);
        String yaml = end < 0 ? "" : text.substring(0, end);
        return new ItemInfo(value(TITLE, yaml), value(SOURCE, yaml), IMPORTANT.matcher(yaml).find(),
                REPRINT.matcher(yaml).find());
    }

    private static String value(Pattern p, String yaml) {
        Matcher m = p.matcher(yaml);
        if (!m.find()) {
            return "";
        }
        String v = m.group(1);
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }
}
