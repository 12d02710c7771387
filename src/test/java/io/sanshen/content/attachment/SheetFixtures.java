package io.sanshen.content.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real XLSX and XLS workbooks built with POI at test time, the same content for both formats. */
final class SheetFixtures {

    private SheetFixtures() {
    }

    static Workbook create(boolean xlsx) {
        return xlsx ? new XSSFWorkbook() : new HSSFWorkbook();
    }

    /** 名单!A1 "姓名", 名单!B1 "身份证号", 名单!A2 "张三", 名单!B2 an ID number, 名单!C2 a formula =1+2. */
    static Workbook clean(boolean xlsx) {
        Workbook wb = create(xlsx);
        Sheet sheet = wb.createSheet("名单");
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue("姓名");
        head.createCell(1).setCellValue("身份证号");
        Row row = sheet.createRow(1);
        row.createCell(0).setCellValue("张三");
        row.createCell(1).setCellValue(WordFixtures.ID_NUMBER);
        row.createCell(2).setCellFormula("1+2");
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        return wb;
    }

    static Workbook withHiddenSheet(boolean xlsx, SheetVisibility visibility) {
        Workbook wb = clean(xlsx);
        wb.createSheet("内部").createRow(0).createCell(0).setCellValue("不公开的数据");
        wb.setSheetVisibility(1, visibility);
        return wb;
    }

    /** 名单!B2 carries a comment by 审核人. */
    static Workbook withCellComment(boolean xlsx) {
        Workbook wb = clean(xlsx);
        Sheet sheet = wb.getSheetAt(0);
        CreationHelper factory = wb.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setRow1(1);
        anchor.setCol1(1);
        anchor.setRow2(4);
        anchor.setCol2(4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString("此号码需脱敏"));
        comment.setAuthor("审核人");
        sheet.getRow(1).getCell(1).setCellComment(comment);
        return wb;
    }

    /** Row 4 is hidden and holds data in A4; column D is hidden and holds data in D1. */
    static Workbook withHiddenCells(boolean xlsx) {
        Workbook wb = clean(xlsx);
        Sheet sheet = wb.getSheetAt(0);
        Row hiddenRow = sheet.createRow(3);
        hiddenRow.createCell(0).setCellValue("隐藏行的电话 13812345678");
        hiddenRow.setZeroHeight(true);
        sheet.getRow(0).createCell(3).setCellValue("隐藏列");
        sheet.setColumnHidden(3, true);
        return wb;
    }

    static byte[] bytes(Workbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }
}
