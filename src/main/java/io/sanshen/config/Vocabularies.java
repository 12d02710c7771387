package io.sanshen.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Classification vocabularies: 主题分类, 组配分类, and the 体裁分类 (15 official 公文 types, the common portal genres
 * and site-defined ones).
 */
public record Vocabularies(List<String> topics, List<String> categories, List<String> extraGenres) {

    /** The 15 document types of 《党政机关公文处理工作条例》, in its order. */
    public static final List<String> OFFICIAL_GENRES = List.of("决议", "决定", "命令（令）", "公报", "公告", "通告", "意见",
            "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要");

    /**
     * Genres portals publish that are not 公文 and carry no 文号, accepted on every site: 公示; the 政府信息公开
     * 年度报告 (年报); reports read to a congress such as the 政府工作报告 (工作报告, not the 公文 报告 to a superior,
     * which has a 文号); plans and summaries (published as the attachment of a 通知 that has the 文号); news, guides,
     * interpretations, statistics and appointments. 决定 and 报告 stay 公文: used as such they have a 文号.
     */
    public static final List<String> PORTAL_GENRES = List.of("公示", "年报", "年度报告", "工作报告", "规划", "计划",
            "方案", "总结", "工作动态", "政策解读", "办事指南", "统计数据", "人事任免");

    public Vocabularies {
        topics = List.copyOf(topics);
        categories = List.copyOf(categories);
        extraGenres = List.copyOf(extraGenres);
    }

    public Set<String> genres() {
        Set<String> all = new LinkedHashSet<>(OFFICIAL_GENRES);
        all.add("命令");
        all.add("令");
        all.addAll(PORTAL_GENRES);
        all.addAll(extraGenres);
        return all;
    }

    public List<String> genreList() {
        return new ArrayList<>(genres());
    }
}
