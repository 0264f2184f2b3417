package io.github.jixiao.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Reports written for the tests (测试用报告): Word documents made with POI, PDFs made with PDFBox.
 * A PDF's Chinese text uses the font Chinese PDF writers have long used without embedding it,
 * STSong-Light in the encoding UniGB-UCS2-H (each character its UCS-2 code), which every reader
 * maps to Unicode through Adobe's GB1 character collection: no CJK TrueType font usable by
 * PDFBox for embedding is installed here ({@code fc-list :lang=zh} finds only Noto CJK, an
 * OpenType collection with CFF outlines, which PDFBox can neither subset nor embed whole), and
 * text extraction needs no glyphs.
 */
public final class Reports {

  private Reports() {}

  /** A paragraph of a Word report: its text and the heading style it has (0 for none). */
  public record Para(String text, int heading) {
    /** A body paragraph. */
    public static Para of(String text) {
      return new Para(text, 0);
    }

    /** A paragraph in the style 标题 {@code level}. */
    public static Para heading(int level, String text) {
      return new Para(text, level);
    }
  }

  /** A Word report of {@code paragraphs}, and {@code table} after them when not empty. */
  public static Path docx(Path file, List<Para> paragraphs, List<List<String>> table)
      throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      XWPFStyles styles = doc.createStyles();
      for (int level = 1; level <= 3; level++) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(Integer.toString(level));
        style.addNewName().setVal("heading " + level);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(style));
      }
      for (Para p : paragraphs) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.createRun().setText(p.text());
        if (p.heading() > 0) {
          paragraph.setStyle(Integer.toString(p.heading()));
        }
      }
      if (!table.isEmpty()) {
        XWPFTable t = doc.createTable(table.size(), table.get(0).size());
        for (int r = 0; r < table.size(); r++) {
          for (int c = 0; c < table.get(r).size(); c++) {
            t.getRow(r).getCell(c).setText(table.get(r).get(c));
          }
        }
      }
      doc.write(out);
    }
    return file;
  }

  /** A PDF of {@code pages}, each its lines, in STSong-Light (see the class). */
  public static Path pdf(Path file, List<List<String>> pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      COSDictionary font = songFont();
      for (List<String> lines : pages) {
        doc.addPage(page(doc, font, lines));
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** A page of {@code lines} in {@code font}, one line every 18 points from the top. */
  static PDPage page(PDDocument doc, COSDictionary font, List<String> lines) throws IOException {
    PDPage page = new PDPage();
    PDResources resources = new PDResources();
    COSDictionary fonts = new COSDictionary();
    fonts.setItem(COSName.getPDFName("F1"), font);
    resources.getCOSObject().setItem(COSName.FONT, fonts);
    page.setResources(resources);
    StringBuilder ops = new StringBuilder("BT /F1 11 Tf 18 TL 50 740 Td\n");
    for (String line : lines) {
      ops.append('<');
      for (char c : line.toCharArray()) {
        ops.append(String.format("%04X", (int) c));
      }
      ops.append("> Tj T*\n");
    }
    ops.append("ET\n");
    page.setContents(new PDStream(doc,
        new ByteArrayInputStream(ops.toString().getBytes(StandardCharsets.US_ASCII))));
    return page;
  }

  /** STSong-Light in UniGB-UCS2-H, not embedded. */
  static COSDictionary songFont() {
    COSDictionary descriptor = new COSDictionary();
    descriptor.setName(COSName.TYPE, "FontDescriptor");
    descriptor.setName(COSName.FONT_NAME, "STSong-Light");
    descriptor.setInt(COSName.FLAGS, 6);
    descriptor.setItem(COSName.FONT_BBOX, new COSArray(List.of(COSInteger.get(-25),
        COSInteger.get(-254), COSInteger.get(1000), COSInteger.get(880))));
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    descriptor.setInt(COSName.ASCENT, 880);
    descriptor.setInt(COSName.DESCENT, -120);
    descriptor.setInt(COSName.CAP_HEIGHT, 880);
    descriptor.setInt(COSName.STEM_V, 93);
    COSDictionary info = new COSDictionary();
    info.setString(COSName.REGISTRY, "Adobe");
    info.setString(COSName.ORDERING, "GB1");
    info.setInt(COSName.SUPPLEMENT, 4);
    COSDictionary cid = new COSDictionary();
    cid.setName(COSName.TYPE, "Font");
    cid.setName(COSName.SUBTYPE, "CIDFontType0");
    cid.setName(COSName.BASE_FONT, "STSong-Light");
    cid.setItem(COSName.CIDSYSTEMINFO, info);
    cid.setItem(COSName.FONT_DESC, descriptor);
    cid.setInt(COSName.DW, 1000);
    COSDictionary font = new COSDictionary();
    font.setName(COSName.TYPE, "Font");
    font.setName(COSName.SUBTYPE, "Type0");
    font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
    font.setName(COSName.ENCODING, "UniGB-UCS2-H");
    COSArray descendants = new COSArray();
    descendants.add(cid);
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    return font;
  }
}
