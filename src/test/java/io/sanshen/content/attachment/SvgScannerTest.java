package io.sanshen.content.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sanshen.content.attachment.ActiveContent.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgScannerTest {
    private final AttachmentInspector inspector = new AttachmentInspector();

    private static List<ActiveContent> scan(String svg) {
        return SvgScanner.scan(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static final String CLEAN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
              <title>收入 &amp; 支出</title>
              <style>.bar { fill: #c0392b; } .axis { stroke: url(#grad); }</style>
              <defs><linearGradient id="grad"><stop offset="0" stop-color="red"/></linearGradient>
                <rect id="r" width="1" height="1"/></defs>
              <use xlink:href="#r" fill="url(#grad)"/>
              <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
              <a href="#r"><text x="1" y="1">图例</text></a>
            </svg>
            """;

    @Test
    void aCleanChartPasses() {
        assertThat(scan(CLEAN)).isEmpty();
        Inspection inspection = inspector.inspect("chart.svg", CLEAN.getBytes(StandardCharsets.UTF_8));
        assertThat(inspection.type()).isEqualTo(AttachmentType.SVG);
        assertThat(inspection.typeMismatch()).isFalse();
        assertThat(inspection.errors()).isEmpty();
        assertThat(inspection.blocksPublication()).isFalse();
    }

    @Test
    void theDemoChartsPass() throws Exception {
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            List<Path> svgs = walk.filter(p -> p.toString().endsWith(".svg")).toList();
            assertThat(svgs).isNotEmpty();
            assertThat(svgs).allSatisfy(p -> assertThat(SvgScanner.scan(Files.readAllBytes(p))).as(p.toString()).isEmpty());
        }
    }

    @Test
    void findsAScriptElementAtItsPosition() {
        List<ActiveContent> found = scan("""
                <svg xmlns="http://www.w3.org/2000/svg">
                  <rect width="1" height="1"/>
                  <script type="text/javascript"><![CDATA[ alert(document.domain) ]]></script>
                </svg>
                """);
        assertThat(found).extracting(ActiveContent::line, ActiveContent::column, ActiveContent::kind)
                .containsExactly(tuple(3, 3, Kind.SCRIPT));
        assertThat(found.get(0).message("zh")).contains("脚本").contains("<script>");
    }

    @Test
    void findsAScriptInAnotherNamespaceAndAfterOtherTagsOnTheLine() {
        List<ActiveContent> found = scan("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:h=\"http://www.w3.org/1999/xhtml\">"
                + "<g/><h:script>alert(1)</h:script></svg>");
        assertThat(found).extracting(ActiveContent::line, ActiveContent::column, ActiveContent::kind)
                .contains(tuple(1, 84, Kind.SCRIPT));
    }

    @Test
    void findsEventHandlersWhateverTheirCase() {
        List<ActiveContent> found = scan("""
                <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">
                  <circle r="4" ONMOUSEOVER="steal()"/>
                  <animate onbegin="x()"/>
                </svg>
                """);
        assertThat(found).extracting(ActiveContent::line, ActiveContent::column, ActiveContent::kind).containsExactly(
                tuple(1, 1, Kind.EVENT_HANDLER), tuple(2, 3, Kind.EVENT_HANDLER), tuple(3, 3, Kind.EVENT_HANDLER));
    }

    @Test
    void findsJavascriptLinksEvenWhenObfuscated() {
        List<ActiveContent> found = scan("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <a xlink:href="javascript:alert(1)"><text>点我</text></a>
                  <a href=" JaVa&#x09;ScRiPt:alert(2)"><text>再点</text></a>
                  <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="><text>又点</text></a>
                  <a><set attributeName="href" to="javascript:alert(3)"/><text>动画</text></a>
                </svg>
                """);
        assertThat(found).extracting(ActiveContent::line, ActiveContent::kind).containsExactly(
                tuple(2, Kind.SCRIPT_URL), tuple(3, Kind.SCRIPT_URL), tuple(4, Kind.SCRIPT_URL), tuple(5, Kind.SCRIPT_URL));
    }

    @Test
    void findsAnimationsThatRewriteLinks() {
        assertThat(scan("<svg xmlns=\"http://www.w3.org/2000/svg\"><a><animate attributeName=\"href\" values=\"#a;#b\"/></a></svg>"))
                .extracting(ActiveContent::kind).containsExactly(Kind.SCRIPT_URL);
    }

    @Test
    void findsForeignObjectAndEmbeddedHtml() {
        List<ActiveContent> found = scan("""
                <svg xmlns="http://www.w3.org/2000/svg">
                  <foreignObject width="100" height="100">
                    <iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"></iframe>
                  </foreignObject>
                </svg>
                """);
        assertThat(found).extracting(ActiveContent::line, ActiveContent::kind).contains(
                tuple(2, Kind.EMBEDDED_HTML), tuple(3, Kind.EMBEDDED_HTML), tuple(3, Kind.EXTERNAL_REFERENCE));
    }

    @Test
    void findsExternalReferencesInLinksStylesAndStylesheets() {
        List<ActiveContent> found = scan("""
                <?xml-stylesheet href="https://evil.example/x.xsl" type="text/xsl"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <image xlink:href="http://tracker.example/pixel.png"/>
                  <use href="//evil.example/sprite.svg#a"/>
                  <rect style="fill: url( 'https://evil.example/p.svg#x' )"/>
                  <style>@import "https://evil.example/a.css";</style>
                </svg>
                """);
        assertThat(found).extracting(ActiveContent::line, ActiveContent::kind).containsExactly(
                tuple(1, Kind.EXTERNAL_REFERENCE), tuple(3, Kind.EXTERNAL_REFERENCE), tuple(4, Kind.EXTERNAL_REFERENCE),
                tuple(5, Kind.EXTERNAL_REFERENCE), tuple(6, Kind.EXTERNAL_REFERENCE));
    }

    @Test
    void anEntityBombIsRefusedNotExpanded() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY a0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&a10;</text></svg>\n");
        long start = System.nanoTime();
        List<ActiveContent> found = scan(dtd.toString());
        assertThat(found).extracting(ActiveContent::kind).containsExactly(Kind.DOCTYPE);
        assertThat(found.get(0).line()).isBetween(2, 14);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
    }

    @Test
    void anExternalEntityIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-TOKEN");
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&xxe;</text></svg>\n";
        List<ActiveContent> found = scan(svg);
        assertThat(found).extracting(ActiveContent::kind).containsExactly(Kind.DOCTYPE);
        assertThat(found).allSatisfy(a -> assertThat(a.detail()).doesNotContain("TOP-SECRET"));
        Inspection inspection = inspector.inspect("xxe.svg", svg.getBytes(StandardCharsets.UTF_8));
        assertThat(inspection.fullText()).doesNotContain("TOP-SECRET");
        assertThat(inspection.blocksPublication()).isTrue();
    }

    @Test
    void malformedOrForeignDocumentsAreRefused() {
        assertThat(scan("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>")).extracting(ActiveContent::kind)
                .containsExactly(Kind.MALFORMED);
        assertThat(scan("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")).extracting(ActiveContent::kind)
                .contains(Kind.NOT_SVG);
        assertThat(SvgScanner.scan(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0})).extracting(ActiveContent::kind)
                .containsExactly(Kind.MALFORMED);
    }

    @Test
    void utf16FilesAreReadAsWhatTheyAre() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        byte[] utf16 = ("\uFEFF" + svg).getBytes(StandardCharsets.UTF_16BE);
        assertThat(SvgScanner.scan(utf16)).extracting(ActiveContent::kind).containsExactly(Kind.SCRIPT);
    }

    @Test
    void anOversizedSvgIsNotParsedButBlocked() {
        byte[] big = new byte[SvgScanner.MAX_BYTES + 1];
        Inspection inspection = inspector.inspect("big.svg", big);
        assertThat(inspection.errors()).extracting(InspectionError::kind).containsExactly(ProblemKind.TOO_LARGE);
        assertThat(inspection.blocksPublication()).isTrue();
    }

    @Test
    void webPagesAndXmlFilesAreActiveAsAWhole() {
        for (String name : List.of("a.html", "a.htm", "a.xhtml", "a.xml", "a.mht")) {
            Inspection inspection = inspector.inspect(name, "<p>hello</p>".getBytes(StandardCharsets.UTF_8));
            assertThat(inspection.active()).as(name).extracting(ActiveContent::kind)
                    .containsExactly(Kind.MARKUP_DOCUMENT);
        }
    }
}
