package io.sanshen.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class BareLinkExtensionTest {
    private static Document render(String markdown) {
        String html = HtmlRenderer.builder(Markdown.OPTIONS).build().render(Markdown.parse(markdown));
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void bareUrlsWwwAddressesAndEmailAddressesBecomeLinks() {
        Document doc = render("""
                详见中国政府网 https://www.gov.cn/zhengce/content/2026.htm 全文。

                也可访问 www.beijing.gov.cn 查询。

                来信请发送至 xinxi@example.gov.cn，我们将及时答复。
                """);
        assertThat(doc.select("a").eachAttr("href")).containsExactly(
                "https://www.gov.cn/zhengce/content/2026.htm", "http://www.beijing.gov.cn", "mailto:xinxi@example.gov.cn");
    }

    @Test
    void chinesePunctuationEndsTheLinkAndPlainProseStaysText() {
        Document doc = render("政策原文见 https://www.gov.cn/a.htm。各单位要认真贯彻落实，确保工作取得实效。");
        assertThat(doc.select("a").eachAttr("href")).containsExactly("https://www.gov.cn/a.htm");
        assertThat(render("各单位要认真贯彻落实，确保工作取得实效（2026年）。").select("a")).isEmpty();
    }

    @Test
    void linksInsideEmphasisAndListsAreFound() {
        Document doc = render("- **www.shanghai.gov.cn** 与\n- 邮箱 *office@example.gov.cn*\n");
        assertThat(doc.select("a").eachText()).containsExactly("www.shanghai.gov.cn", "office@example.gov.cn");
    }

    @Test
    void aLinkInsideALinkOrCodeIsLeftAlone() {
        Document doc = render("[中国政府网 https://www.gov.cn](https://www.gov.cn/) 与 `https://example.gov.cn/x`");
        assertThat(doc.select("a")).hasSize(1);
        assertThat(doc.select("code").text()).isEqualTo("https://example.gov.cn/x");
    }

    @Test
    void aSchemeOrDomainCutShortByChineseTextIsNotALink() {
        assertThat(render("网址为 http://中国政府网。").select("a")).isEmpty();
        assertThat(render("见 www.政府网站 与 办公室@政府.中国").select("a")).isEmpty();
    }

    @Test
    void onlyTextThatCanHoldALinkIsScanned() {
        assertThat(BareLinkExtension.mayHoldLink("各单位要认真贯彻落实")).isFalse();
        assertThat(BareLinkExtension.mayHoldLink("w w")).isFalse();
        assertThat(BareLinkExtension.mayHoldLink("见 http://x")).isTrue();
        assertThat(BareLinkExtension.mayHoldLink("见 wWw.x")).isTrue();
        assertThat(BareLinkExtension.mayHoldLink("a@b")).isTrue();
        assertThat(BareLinkExtension.mayHoldLink("WWW.X")).isTrue();
    }
}
