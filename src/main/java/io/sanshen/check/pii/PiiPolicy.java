package io.sanshen.check.pii;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link PiiScanner} treats as context, built once from site configuration.
 *
 * @param publicContextWords words that mark a following phone number or mailbox as a public service contact
 *     (咨询电话, 监督电话, 热线 ...): a number after them never fires
 * @param officeContactWords weaker words (联系电话, 电话 ...): a number after them fires only next to a personal name
 * @param listContextWords words that make a paragraph a published list (公示, 名单 ...): unmasked ID and mobile
 *     numbers there are blockers
 * @param maskingStyle how {@link Masker} rewrites hits; its mask character also marks text as already masked
 * @param contextWindow how many chars before a value are searched for context words
 * @param nameWindow how many chars around a value are searched for a personal name (a table row is searched whole)
 */
public record PiiPolicy(List<String> publicContextWords, List<String> officeContactWords,
        List<String> listContextWords, MaskingStyle maskingStyle, int contextWindow, int nameWindow) {

    public PiiPolicy {
        publicContextWords = List.copyOf(publicContextWords);
        officeContactWords = List.copyOf(officeContactWords);
        listContextWords = List.copyOf(listContextWords);
        Objects.requireNonNull(maskingStyle, "maskingStyle");
        if (contextWindow < 1 || nameWindow < 1) {
            throw new IllegalArgumentException("windows must be positive");
        }
    }

    public static PiiPolicy defaults() {
        return new PiiPolicy(
                List.of("咨询电话", "监督电话", "举报电话", "投诉电话", "服务热线", "热线", "办公电话", "值班电话", "传真",
                        "12345", "服务电话", "受理电话", "报名电话", "客服电话", "办事电话", "监督邮箱", "举报邮箱",
                        "投诉邮箱", "咨询邮箱", "投稿邮箱", "办公邮箱", "受理邮箱"),
                List.of("联系电话", "电话", "联系方式", "联系号码", "邮箱"),
                List.of("公示", "名单", "名册", "花名册", "一览表"),
                MaskingStyle.defaults(), 20, 16);
    }

    public PiiPolicy withMaskingStyle(MaskingStyle style) {
        return new PiiPolicy(publicContextWords, officeContactWords, listContextWords, style, contextWindow,
                nameWindow);
    }

    public PiiPolicy withPublicContextWords(List<String> words) {
        return new PiiPolicy(words, officeContactWords, listContextWords, maskingStyle, contextWindow, nameWindow);
    }

    public PiiPolicy withListContextWords(List<String> words) {
        return new PiiPolicy(publicContextWords, officeContactWords, words, maskingStyle, contextWindow, nameWindow);
    }
}
