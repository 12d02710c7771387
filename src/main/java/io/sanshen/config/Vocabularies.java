package io.sanshen.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Classification vocabularies: 主题分类, 组配分类, and the 体裁分类 (15 official 公文 types plus site-defined ones). */
public record Vocabularies(List<String> topics, List<String> categories, List<String> extraGenres) {

    /** The 15 document types of 《党政机关公文处理工作条例》, in its order. */
    public static final List<String> OFFICIAL_GENRES = List.of("决议", "决定", "命令（令）", "公报", "公告", "通告", "意见",
            "通知", "通报", "报告", "请示", "批复", "议案", "函", "纪要");

    public Vocabularies {
        topics = List.copyOf(topics);
        categories = List.copyOf(categories);
        extraGenres = List.copyOf(extraGenres);
    }

    public Set<String> genres() {
        Set<String> all = new LinkedHashSet<>(OFFICIAL_GENRES);
        all.add("命令");
        all.add("令");
        all.addAll(extraGenres);
        return all;
    }

    public List<String> genreList() {
        return new ArrayList<>(genres());
    }
}
