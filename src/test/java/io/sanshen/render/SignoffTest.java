package io.sanshen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignoffTest {
    @Test
    void marksOrganAndDateBeforeUpToTwoClosingParagraphs() {
        String html = "<p>正文。</p>\n<p>某区人民政府</p>\n<p>2026年4月21日</p>\n<p>（此件公开发布）</p>\n";
        assertThat(Signoff.mark(html)).isEqualTo("<p>正文。</p>\n<p class=\"signoff\">某区人民政府</p>\n"
                + "<p class=\"signoff\">2026年4月21日</p>\n<p>（此件公开发布）</p>\n");
    }

    @Test
    void leavesBodiesWithoutAClosingDateAsTheyAre() {
        String html = "<p>正文。</p>\n<p>相关信息：见<a href=\"a.html\">通知</a>。</p>\n";
        assertThat(Signoff.mark(html)).isSameAs(html);
        String dateInText = "<p>会议于2026年4月21日召开</p>\n<p>2026年4月21日</p>\n<p>一</p>\n<p>二</p>\n<p>三</p>\n";
        assertThat(Signoff.mark(dateInText)).isEqualTo(dateInText);
    }
}
