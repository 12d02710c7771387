package io.sanshen.content.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class PdfInspectionTest {

    private final AttachmentInspector inspector = new AttachmentInspector();

    @Test
    void extractsTextPerPageWithPageLocators() throws Exception {
        byte[] pdf = PdfFixtures.bytes(PdfFixtures.pages(List.of("First page", "Phone 13812345678", "Third page")));

        Inspection result = inspector.inspect("report.pdf", pdf);

        assertThat(result.type()).isEqualTo(AttachmentType.PDF);
        assertThat(result.typeMismatch()).isFalse();
        assertThat(result.errors()).isEmpty();
        assertThat(result.leaks()).isEmpty();
        assertThat(result.segments()).extracting(TextSegment::location, TextSegment::text).containsExactly(
                tuple("第1页", "First page"), tuple("第2页", "Phone 13812345678"), tuple("第3页", "Third page"));
        assertThat(result.segments().get(1).locator().page()).isEqualTo(2);
        assertThat(result.segments().get(1).locator().display("en")).isEqualTo("page 2");
    }

    @Test
    void pagesBeyondTheCapAreNotReadAndTheCapIsReported() throws Exception {
        byte[] pdf = PdfFixtures.bytes(PdfFixtures.pages(List.of("one", "two", "three")));

        Inspection result = new AttachmentInspector(InspectionLimits.defaults().withMaxPdfPages(2)).inspect("a.pdf", pdf);

        assertThat(result.segments()).extracting(TextSegment::location).containsExactly("第1页", "第2页");
        assertThat(result.errors()).extracting(InspectionError::kind).containsExactly(ProblemKind.PAGES_TRUNCATED);
        assertThat(result.blocksPublication()).isTrue();
    }

    @Test
    void noteAnnotationIsACommentLeakOnItsPageWithItsTextExtracted() throws Exception {
        byte[] pdf = PdfFixtures.bytes(PdfFixtures.withNote(2, "reviewer", "check phone 13812345678"));

        Inspection result = inspector.inspect("a.pdf", pdf);

        assertThat(result.leaks()).singleElement().satisfies(leak -> {
            assertThat(leak.kind()).isEqualTo(LeakKind.COMMENTS);
            assertThat(leak.where()).isEqualTo(Locator.page(2));
            assertThat(leak.detail()).isEqualTo("Text; author: reviewer");
        });
        assertThat(result.segments()).extracting(TextSegment::location, TextSegment::text)
                .contains(tuple("第2页（批注）", "check phone 13812345678"));
    }

    @Test
    void embeddedJpegWithGpsIsABlockerOnItsPage() throws Exception {
        byte[] pdf = PdfFixtures.bytes(PdfFixtures.withJpeg(ExifGpsJpeg.withGps(31, 13, 48.0, 121, 28, 12.0)));

        Inspection result = inspector.inspect("photo.pdf", pdf);

        assertThat(result.leaks()).extracting(LeakFinding::where, LeakFinding::kind, LeakFinding::detail)
                .containsExactly(tuple(Locator.page(1), LeakKind.GPS_LOCATION, "31.2300,121.4700"));
    }

    @Test
    void passwordProtectedPdfIsAnEncryptedBlocker() throws Exception {
        Inspection result = inspector.inspect("secret.pdf", PdfFixtures.bytes(PdfFixtures.withUserPassword()));

        assertThat(result.leaks()).extracting(LeakFinding::kind).containsExactly(LeakKind.ENCRYPTED);
        assertThat(result.segments()).isEmpty();
        assertThat(result.blocksPublication()).isTrue();
    }

    @Test
    void pdfWithoutTextIsReportedForManualCheck() throws Exception {
        byte[] pdf = PdfFixtures.bytes(PdfFixtures.pages(List.of("")));

        Inspection result = inspector.inspect("scan.pdf", pdf);

        assertThat(result.errors()).extracting(InspectionError::kind).containsExactly(ProblemKind.NO_TEXT);
    }
}
