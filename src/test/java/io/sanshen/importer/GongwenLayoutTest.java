package io.sanshen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GongwenLayoutTest {
    private static List<Block> paragraphs(String... texts) {
        return Stream.of(texts).map(Block::plainParagraph).toList();
    }

    @Test
    void readsDatesInChineseNumeralsAndRejectsImpossibleOnes() {
        assertThat(Dates.parse("二〇二六年五月二十二日")).contains(LocalDate.of(2026, 5, 22));
        assertThat(Dates.parse("二○二五年十二月十日")).contains(LocalDate.of(2025, 12, 10));
        assertThat(Dates.parse("2026年2月30日")).isEmpty();
        assertThat(Dates.parse("会议于2026年5月8日召开")).isEmpty();
    }

    @Test
    void genreComesFromTheEndOfTheTitleIgnoringABracketedStatus() {
        assertThat(Genres.fromTitle("关于进一步优化营商环境的若干意见（试行）")).contains("意见");
        assertThat(Genres.fromTitle("2026年政府工作报告")).contains("工作报告");
        assertThat(Genres.fromTitle("钟楼区政府门户网站信息发布管理制度")).isEmpty();
    }

    @Test
    void anAttachmentNoteFollowedByMoreTextStaysInTheBodyAndFillsNoAttachments() {
        GongwenLayout.Layout l = GongwenLayout.read(paragraphs("关于征集意见的通知", "各单位：",
                "附件：请见下文说明", "正文继续写。", "区政府办公室", "2026年5月22日"));
        assertThat(l.attachments()).isEmpty();
        assertThat(l.body()).extracting(Block::plain).containsExactly("各单位：", "附件：请见下文说明", "正文继续写。");
        assertThat(l.signature()).isEqualTo(Optional.of("区政府办公室"));
    }

    @Test
    void aDocumentWithoutLayoutKeepsEveryParagraph() {
        GongwenLayout.Layout l = GongwenLayout.read(paragraphs("今天天气晴。", "一切正常。"));
        assertThat(l.title()).isEmpty();
        assertThat(l.created()).isEmpty();
        assertThat(l.body()).extracting(Block::plain).containsExactly("今天天气晴。", "一切正常。");
    }
}
