package io.sanshen.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.sanshen.testkit.Cli;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML ledger of the demo portal as it is printed: grouped by item, short hashes, page numbers, fixed columns. */
class LedgerPrintTest {
    private static final Pattern LONG_HEX = Pattern.compile("\\b[0-9a-f]{40}\\b");

    private static Document demoLedger() {
        Cli c = Cli.run("ledger", "--format", "html", "--site", ".");
        assertThat(c.exit()).as(c.err()).isZero();
        return Jsoup.parse(c.out());
    }

    @Test
    void groupsRowsByItemWithThePathOnce() {
        Document doc = demoLedger();
        List<String> headings = doc.select("#ledger tbody.item > tr.item th").eachText();
        assertThat(headings).hasSizeGreaterThan(20).doesNotHaveDuplicates();
        assertThat(headings).anyMatch(h -> h.startsWith("content/news/2026-11-12-fire-prevention.md"));
        for (Element group : doc.select("#ledger tbody.item")) {
            assertThat(group.select("tr.entry")).isNotEmpty();
        }
        // the path and title are in the group's heading, not repeated as columns of every row
        assertThat(doc.select("#ledger thead th").eachText()).doesNotContain("信息路径", "信息标题").contains("签名人");
    }

    @Test
    void hashesAreShortWithTheFullValueInTheTitle() {
        Document doc = demoLedger();
        assertThat(LONG_HEX.matcher(doc.body().text()).find()).as("a 40-character hash printed in full").isFalse();
        List<Element> hashes = doc.select("#ledger td.mono");
        assertThat(hashes).isNotEmpty();
        for (Element td : hashes) {
            assertThat(td.text()).hasSizeLessThanOrEqualTo(12);
            assertThat(td.attr("title").replaceFirst("^SHA256:", "")).startsWith(td.text()).hasSizeGreaterThan(12);
        }
        assertThat(doc.select("#ledger td.mono[title~=^[0-9a-f]{40}$]")).isNotEmpty();
    }

    @Test
    void printsOnA4LandscapeWithPageNumbersAndFixedColumnWidths() {
        Document doc = demoLedger();
        String css = doc.select("style").html();
        assertThat(css).contains("size: A4 landscape").contains("counter(page)").contains("counter(pages)")
                .contains("table-layout: fixed");
        List<Element> cols = doc.select("#ledger colgroup col");
        assertThat(cols).hasSameSizeAs(doc.select("#ledger thead th"));
        // every column but the opinion has a fixed width; 签名人 gets room for a three-character name
        assertThat(cols.stream().filter(c -> c.attr("style").matches("width:\\d+mm"))).hasSize(cols.size() - 1);
        int signer = doc.select("#ledger thead th").eachText().indexOf("签名人");
        assertThat(Integer.parseInt(cols.get(signer).attr("style").replaceAll("\\D", ""))).isGreaterThanOrEqualTo(14);
    }
}
