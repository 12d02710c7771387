package io.sanshen.importer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Builds real .docx files with POI, the way a department's Word document looks. */
final class Docs {
    final XWPFDocument doc = new XWPFDocument();
    private BigInteger numId;

    XWPFParagraph para(String text) {
        XWPFParagraph p = doc.createParagraph();
        if (!text.isEmpty()) {
            p.createRun().setText(text);
        }
        return p;
    }

    Docs centered(String text) {
        para(text).setAlignment(ParagraphAlignment.CENTER);
        return this;
    }

    Docs right(String text) {
        para(text).setAlignment(ParagraphAlignment.RIGHT);
        return this;
    }

    Docs text(String text) {
        para(text);
        return this;
    }

    Docs heading(int level, String text) {
        para(text).setStyle("Heading" + level);
        return this;
    }

    /** A paragraph whose first {@code boldPrefix} chars are bold. */
    Docs bold(String boldPart, String rest) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun b = p.createRun();
        b.setBold(true);
        b.setText(boldPart);
        p.createRun().setText(rest);
        return this;
    }

    Docs numbered(String text) {
        if (numId == null) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal("%1.");
            XWPFNumbering numbering = doc.createNumbering();
            numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs)));
        }
        para(text).setNumID(numId);
        return this;
    }

    static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xC00000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    Docs picture(byte[] png) throws Exception {
        doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                "chart.png", Units.toEMU(40), Units.toEMU(30));
        return this;
    }

    Path save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        doc.close();
        return file;
    }
}
