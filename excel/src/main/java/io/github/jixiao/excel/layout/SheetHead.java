package io.github.jixiao.excel.layout;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.excel.ExcelImportException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a 自评表 sheet (表头信息): its title ("项目支出绩效自评表"), the year under it
 * ("（2021年度）"), 项目名称, 主管部门 and 实施单位 — each the value beside its label.
 *
 * @param title the title as printed, or ""
 * @param fiscalYear the year the title names, if any
 * @param titleCell the cell of the title (or A1)
 * @param project 项目名称's value, or ""
 * @param department 主管部门's value, or ""
 * @param implementer 实施单位's value, or ""
 */
record SheetHead(String title, Optional<Integer> fiscalYear, String titleCell, String project,
    String department, String implementer) {

  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年度");
  private static final int HEAD_ROWS = 4;

  static SheetHead read(Grid grid, Recorder record) {
    String title = "";
    String titleCell = grid.address(0, 0);
    Optional<Integer> year = Optional.empty();
    for (int r = 0; r < Math.min(HEAD_ROWS, grid.rows()); r++) {
      for (int c = 0; c < grid.columns(r); c++) {
        String t = grid.label(r, c);
        if (title.isEmpty() && t.contains("自评表")) {
          title = grid.text(r, c);
          titleCell = grid.address(r, c);
        }
        Matcher m = YEAR.matcher(t);
        if (year.isEmpty() && m.find()) {
          year = Optional.of(Integer.parseInt(m.group(1)));
          record.cell("$.fiscalYear", grid.address(r, c));
        }
      }
    }
    String project = valueOf(grid, List.of("项目名称"), record, "$.title");
    String department = valueOf(grid, List.of("主管部门", "主管部门名称"), record,
        "$.department.name");
    String implementer = valueOf(grid, List.of("实施单位", "项目实施单位", "单位名称"), record,
        "$.department.unit");
    return new SheetHead(title, year, titleCell, project, department, implementer);
  }

  /** The year of the title, else of the options; else an error at the title's cell. */
  int year(Optional<Integer> option, String file) {
    return fiscalYear.or(() -> option).orElseThrow(() -> new ExcelImportException(file,
        titleCell, Message.of("excel.layout.no-year", Argument.text("file", Echo.text(file)),
            Argument.text("cell", Echo.text(titleCell)),
            Argument.text("example", "（2021年度）")), null));
  }

  /**
   * The value beside the first label of {@code labels} in the sheet's first rows: the next cell
   * to its right that says something else, else the cell below.
   */
  static String valueOf(Grid grid, List<String> labels, Recorder record, String path) {
    for (int r = 0; r < Math.min(grid.rows(), 40); r++) {
      var column = Columns.column(grid, r, labels);
      if (column.isEmpty()) {
        continue;
      }
      int c = column.getAsInt();
      String label = grid.text(r, c);
      for (int v = c + 1; v < grid.columns(r); v++) {
        String t = grid.text(r, v);
        if (!t.isEmpty() && !t.equals(label)) {
          if (path != null) {
            record.cell(path, grid.address(r, v));
          }
          return t;
        }
      }
      String below = grid.text(r + 1, c);
      if (!below.isEmpty() && !below.equals(label)) {
        if (path != null) {
          record.cell(path, grid.address(r + 1, c));
        }
        return below;
      }
      return "";
    }
    return "";
  }
}
