package io.github.jixiao.excel.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.excel.ExcelImportException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.parsers.SAXParser;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of each sheet of an .xlsx counted by streaming its XML before the workbook is loaded
 * (行数预检): a sheet of more than {@value #MOST_ROWS} rows is refused at once, without building
 * it in memory — a 自评表 has a few hundred rows, 100 000 are a wrong or a hostile file.
 */
public final class RowCount {

  /** The most rows a sheet may have. */
  public static final int MOST_ROWS = 10_000;

  private RowCount() {}

  /** Refuses the workbook if a sheet has too many rows; an .xls (at most 65 536) is loaded. */
  public static void check(Path file) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      SAXParser parser = XMLHelper.getSaxParserFactory().newSAXParser();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          String name = sheets.getSheetName();
          try {
            parser.parse(in, new Counter());
          } catch (TooMany e) {
            throw tooMany(String.valueOf(file.getFileName()), name);
          }
        }
      }
    } catch (ExcelImportException e) {
      throw e;
    } catch (Exception | LinkageError e) {
      // not an .xlsx POI can stream, or damaged (an entry in zstd needs a library Jixiao does
      // not bring: NoClassDefFoundError): opening it says which
    }
  }

  /** The refusal of a sheet of more than {@value #MOST_ROWS} rows. */
  public static ExcelImportException tooMany(String file, String sheet) {
    return new ExcelImportException(file, null, Message.of("excel.read.too-many-rows",
        Argument.text("file", Echo.text(file)), Argument.text("sheet", Echo.text(sheet)),
        Argument.number("most", MOST_ROWS)), null);
  }

  private static final class TooMany extends SAXException {
    private static final long serialVersionUID = 1L;
  }

  private static final class Counter extends DefaultHandler {
    private int rows;

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes)
        throws SAXException {
      if ("row".equals(local) || "row".equals(qName) || qName.endsWith(":row")) {
        if (++rows > MOST_ROWS) {
          throw new TooMany();
        }
      }
    }
  }
}
