package io.sanshen.config;

import java.util.List;
import java.util.Map;

/**
 * The {@code checks:} section: lists and limits the content rules use, and per-rule severity overrides
 * ({@code off}, {@code info}, {@code warning}, {@code blocker}). Every rule is on unless turned off here.
 *
 * @param reprintSources hosts a reprint may come from (a host matches itself and its subdomains)
 * @param denyDomains    hosts no link may point to (错链)
 * @param superiorDocCodes 机关代字 of central and provincial documents (国发, 国办发, 苏政发 …)
 * @param attachmentTypes allowed attachment extensions, lower case
 * @param maxAttachmentMb largest attachment, in MiB
 * @param titleMaxLength longest title, in characters
 * @param wordLists      folder of word lists, relative to the site root
 * @param masking        masking style per kind: {@code id: "4,4"} keeps 4 leading and 4 trailing characters
 * @param maskChar       the masking character
 * @param severities     rule id → severity name or {@code off}
 * @param indexNoPattern regular expression a whole 索引号 must match (provinces and migrated portals use their own)
 * @param externalDelayMs milliseconds between two requests of the external link check to one host
 */
public record ChecksConfig(List<String> reprintSources, List<String> denyDomains, List<String> superiorDocCodes,
                           List<String> attachmentTypes, int maxAttachmentMb, int titleMaxLength, String wordLists,
                           Map<String, String> masking, char maskChar, Map<String, String> severities,
                           String indexNoPattern, int externalDelayMs) {

    public static final List<String> DEFAULT_REPRINT_SOURCES = List.of("gov.cn", "people.com.cn", "xinhuanet.com",
            "news.cn", "cctv.com", "qstheory.cn", "gmw.cn", "chinadaily.com.cn", "ce.cn", "jiangsu.gov.cn");
    public static final List<String> DEFAULT_SUPERIOR_CODES = List.of("中发", "中办发", "国发", "国办发", "国函", "国办函",
            "中共中央", "国务院令", "苏发", "苏办发", "苏政发", "苏政办发", "苏政规", "苏政办规");
    public static final List<String> DEFAULT_ATTACHMENT_TYPES = List.of("pdf", "doc", "docx", "xls", "xlsx", "wps",
            "et", "ofd", "jpg", "jpeg", "png", "gif", "svg", "zip", "txt", "csv");
    /**
     * 索引号 {@code <机构代码>/<年份>-<5位流水号>}, the code a 9-character 组织机构代码 or an 18-character
     * 统一社会信用代码.
     */
    public static final String DEFAULT_INDEX_NO_PATTERN =
            "([0-9A-Z]{8}-?[0-9X]|[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10})/(19|20)\\d{2}-\\d{5}";

    /** Milliseconds between two requests of the external link check to one host. */
    public static final int DEFAULT_EXTERNAL_DELAY_MS = 1000;

    public ChecksConfig {
        reprintSources = List.copyOf(reprintSources);
        denyDomains = List.copyOf(denyDomains);
        superiorDocCodes = List.copyOf(superiorDocCodes);
        attachmentTypes = List.copyOf(attachmentTypes);
        masking = Map.copyOf(masking);
        severities = Map.copyOf(severities);
    }

    public static ChecksConfig defaults() {
        return new ChecksConfig(DEFAULT_REPRINT_SOURCES, List.of(), DEFAULT_SUPERIOR_CODES, DEFAULT_ATTACHMENT_TYPES,
                50, 60, "rules", Map.of(), '*', Map.of(), DEFAULT_INDEX_NO_PATTERN, DEFAULT_EXTERNAL_DELAY_MS);
    }

    /** Whether the site keeps the default 索引号 form (messages then describe it in words). */
    public boolean defaultIndexNoPattern() {
        return indexNoPattern.equals(DEFAULT_INDEX_NO_PATTERN);
    }

    /** True when {@code host} is {@code allowed} or one of its subdomains. */
    public static boolean hostMatches(String host, String allowed) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        String a = allowed.toLowerCase(java.util.Locale.ROOT);
        return h.equals(a) || h.endsWith("." + a);
    }
}
