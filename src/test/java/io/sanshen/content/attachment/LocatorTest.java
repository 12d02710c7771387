package io.sanshen.content.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocatorTest {

    @Test
    void pagesReadNaturallyInBothLanguages() {
        assertThat(Locator.page(3).display("zh")).isEqualTo("第3页");
        assertThat(Locator.page(3).display("en")).isEqualTo("page 3");
        assertThat(Locator.pageComment(3).display("en")).isEqualTo("page 3 (comment)");
    }

    @Test
    void cellsUseExcelReferencesAndQuoteSheetNamesWithSpaces() {
        assertThat(Locator.cell("Sheet1", "B4").display("zh")).isEqualTo("Sheet1!B4");
        assertThat(Locator.cell("名单", "B4").display("en")).isEqualTo("名单!B4");
        assertThat(Locator.cell("My Sheet", "A1").display("zh")).isEqualTo("'My Sheet'!A1");
        assertThat(Locator.cell("O'Brien list", "A1").display("zh")).isEqualTo("'O''Brien list'!A1");
    }

    @Test
    void paragraphsNameTheirStoryOutsideTheBody() {
        assertThat(Locator.paragraph(12).display("zh")).isEqualTo("第12段");
        assertThat(Locator.paragraph(12).display("en")).isEqualTo("paragraph 12");
        assertThat(Locator.paragraph("footer2", 1).display("zh")).isEqualTo("页脚2 第1段");
        assertThat(Locator.paragraph("footnote", 4).display("en")).isEqualTo("footnote, paragraph 4");
        assertThat(Locator.paragraph("headerfooter", 1).display("zh")).isEqualTo("页眉页脚 第1段");
    }

    @Test
    void wholeFileSheetAndPartHaveTheirOwnWording() {
        assertThat(Locator.document().display("en")).isEqualTo("whole file");
        assertThat(Locator.sheet("内部").display("zh")).isEqualTo("工作表 内部");
        assertThat(Locator.part("xl/media/image1.png").display("zh")).isEqualTo("内嵌文件 xl/media/image1.png");
    }

    @Test
    void findingsAndErrorsHaveBilingualMessages() {
        LeakFinding leak = new LeakFinding(Locator.cell("名单", "B2"), LeakKind.COMMENTS, "author: 审核人");
        assertThat(leak.message("zh")).isEqualTo("名单!B2: 文档含有批注 (author: 审核人)");
        assertThat(new InspectionError(ProblemKind.NO_TEXT, null).message("en"))
                .isEqualTo("no text could be extracted (maybe a scan), check by hand");
    }
}
