package io.github.jixiao.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which files the command line reads as workbooks (工作簿文件): {@code .xlsx}, {@code .xlsm} and
 * {@code .xls}, by name; everything else is a JSON document.
 */
final class Workbooks {

  private Workbooks() {}

  static boolean isWorkbook(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
  }
}
