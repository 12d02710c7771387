package io.sanshen.content.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same workbooks written as XLSX (true) and XLS (false) give the same findings. */
class WorkbookInspectionTest {

    private final AttachmentInspector inspector = new AttachmentInspector();

    private Inspection inspect(boolean xlsx, Workbook wb) throws Exception {
        return inspector.inspect(xlsx ? "名单.xlsx" : "名单.xls", SheetFixtures.bytes(wb));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void extractsEveryNonBlankCellWithSheetAndCellReference(boolean xlsx) throws Exception {
        Inspection result = inspect(xlsx, SheetFixtures.clean(xlsx));

        assertThat(result.type()).isEqualTo(xlsx ? AttachmentType.XLSX : AttachmentType.XLS);
        assertThat(result.errors()).isEmpty();
        assertThat(result.segments()).extracting(TextSegment::location, TextSegment::text).containsExactly(
                tuple("名单!A1", "姓名"),
                tuple("名单!B1", "身份证号"),
                tuple("名单!A2", "张三"),
                tuple("名单!B2", WordFixtures.ID_NUMBER),
                tuple("名单!C2", "3"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void cleanWorkbookHasNoLeaks(boolean xlsx) throws Exception {
        assertThat(inspect(xlsx, SheetFixtures.clean(xlsx)).leaks()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void hiddenSheetIsABlockerAndItsTextIsStillChecked(boolean xlsx) throws Exception {
        Inspection result = inspect(xlsx, SheetFixtures.withHiddenSheet(xlsx, SheetVisibility.HIDDEN));

        assertThat(result.leaks()).singleElement().satisfies(leak -> {
            assertThat(leak.kind()).isEqualTo(LeakKind.HIDDEN_SHEET);
            assertThat(leak.where()).isEqualTo(Locator.sheet("内部"));
            assertThat(leak.detail()).isEqualTo("hidden");
            assertThat(leak.message("en")).isEqualTo("sheet 内部: workbook contains a hidden sheet (hidden)");
        });
        assertThat(result.segments()).extracting(TextSegment::location).contains("内部!A1");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void veryHiddenSheetIsReportedAsSuch(boolean xlsx) throws Exception {
        Inspection result = inspect(xlsx, SheetFixtures.withHiddenSheet(xlsx, SheetVisibility.VERY_HIDDEN));

        assertThat(result.leaks()).extracting(LeakFinding::kind, LeakFinding::detail)
                .containsExactly(tuple(LeakKind.HIDDEN_SHEET, "very hidden"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void cellCommentIsABlockerAtItsCellAndItsTextIsExtracted(boolean xlsx) throws Exception {
        Inspection result = inspect(xlsx, SheetFixtures.withCellComment(xlsx));

        assertThat(result.leaks()).singleElement().satisfies(leak -> {
            assertThat(leak.kind()).isEqualTo(LeakKind.COMMENTS);
            assertThat(leak.where()).isEqualTo(Locator.cell("名单", "B2"));
            assertThat(leak.detail()).isEqualTo("author: 审核人");
        });
        assertThat(result.segments()).extracting(TextSegment::location, TextSegment::text)
                .contains(tuple("名单!B2（批注）", "此号码需脱敏"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void dataInHiddenRowsAndColumnsIsAWarningCountedPerSheet(boolean xlsx) throws Exception {
        Inspection result = inspect(xlsx, SheetFixtures.withHiddenCells(xlsx));

        assertThat(result.leaks()).singleElement().satisfies(leak -> {
            assertThat(leak.kind()).isEqualTo(LeakKind.HIDDEN_CELLS);
            assertThat(leak.severity()).isEqualTo(LeakSeverity.WARNING);
            assertThat(leak.where()).isEqualTo(Locator.cell("名单", "D1"));
            assertThat(leak.detail()).isEqualTo("2 cells with data");
        });
        assertThat(result.blocksPublication()).isFalse();
        assertThat(result.segments()).extracting(TextSegment::location).contains("名单!A4", "名单!D1");
    }

    @Test
    void pictureWithGpsInXlsxMediaIsABlocker() throws Exception {
        XSSFWorkbook wb = (XSSFWorkbook) SheetFixtures.clean(true);
        int picture = wb.addPicture(ExifGpsJpeg.withGps(22, 32, 36.0, 114, 3, 36.0),
                Workbook.PICTURE_TYPE_JPEG);
        wb.getSheetAt(0).createDrawingPatriarch().createPicture(wb.getCreationHelper().createClientAnchor(), picture);

        Inspection result = inspector.inspect("名单.xlsx", SheetFixtures.bytes(wb));

        assertThat(result.leaks()).extracting(LeakFinding::where, LeakFinding::kind, LeakFinding::detail)
                .containsExactly(tuple(Locator.part("xl/media/image1.jpeg"), LeakKind.GPS_LOCATION, "22.5433,114.0600"));
    }

    @Test
    void authorsInXlsSummaryInformationAreAnInfoLeak() throws Exception {
        HSSFWorkbook wb = (HSSFWorkbook) SheetFixtures.clean(false);
        wb.createInformationProperties();
        wb.getSummaryInformation().setAuthor("张三");
        wb.getSummaryInformation().setLastAuthor("李四");

        Inspection result = inspector.inspect("名单.xls", SheetFixtures.bytes(wb));

        assertThat(result.leaks()).extracting(LeakFinding::kind, LeakFinding::detail)
                .containsExactly(tuple(LeakKind.PERSONAL_METADATA, "author=张三; lastModifiedBy=李四"));
    }
}
