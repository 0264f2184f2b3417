package io.github.jixiao.excel.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The rulebook a sheet was written for (工作表所载评分规则): a name defined in the workbook with the
 * sheet's scope, {@value #NAME}, whose value is the rulebook's id as a text constant
 * ({@code ="mof-project-2020"}). Jixiao's templates and exports write it; the importer reads it, so
 * a table filled in from {@code jixiao template sc-project-2023} is scored by that rulebook and not
 * by its layout's default. Excel keeps it (公式 → 名称管理器) through editing and saving.
 */
public final class RulebookName {

  /** The defined name. */
  public static final String NAME = "JIXIAO_RULEBOOK";

  /** A rulebook id as a name's value may hold it: lower case, digits, '-' and '.', bounded. */
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

  private RulebookName() {}

  /** Records {@code rulebook} as the rulebook of {@code sheet}. */
  public static void write(Sheet sheet, String rulebook) {
    Workbook book = sheet.getWorkbook();
    Name name = book.createName();
    name.setNameName(NAME);
    name.setSheetIndex(book.getSheetIndex(sheet));
    name.setRefersToFormula("\"" + rulebook.replace("\"", "") + "\"");
  }

  /**
   * What {@code sheet}'s name {@value #NAME} says, if it has one: the id when the value is a
   * quoted id, else the value as written (at most 80 characters), for the importer to note and
   * ignore.
   */
  public static Optional<Declared> read(Workbook book, int sheet) {
    for (Name name : book.getAllNames()) {
      if (NAME.equalsIgnoreCase(name.getNameName()) && name.getSheetIndex() == sheet) {
        String value = String.valueOf(name.getRefersToFormula());
        String inner = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
            ? value.substring(1, value.length() - 1) : value;
        boolean id = ID.matcher(inner).matches();
        return Optional.of(new Declared(id ? inner : inner.substring(0,
            Math.min(inner.length(), 80)), id));
      }
    }
    return Optional.empty();
  }

  /**
   * A sheet's declared rulebook.
   *
   * @param value the id, or the value as written when it is no id
   * @param isId whether {@code value} is a rulebook id
   */
  public record Declared(String value, boolean isId) {}
}
