package io.github.jixiao.excel;

import io.github.jixiao.excel.write.ExcelTemplates;
import io.github.jixiao.rules.Rulebooks;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The national form's template (mof-project-2020, 2021) filled in by a unit, programmatically: a
 * training project of 200 万元 (当年财政拨款 150 + 上年结转 50), 180 executed; 培训人次 ≥ 1000 人次,
 * 800, claimed 28 of 30; 培训合格 定性 达成, 18 of 20; 基层业务能力提升 定性 部分达成, 20 of 30;
 * 学员满意度 ≥ 90 %, 85, 9.44 of 10; 执行率 90 %, 10 of 10; 总分 85.44 (10 + 28 + 18 + 20 +
 * 9.44). 时效指标, 成本指标 and three 效益 rows are left blank.
 */
final class FilledTemplate {

  private FilledTemplate() {}

  static Path write(Path dir) throws Exception {
    Path blank = dir.resolve("blank.xlsx");
    ExcelTemplates.write(Rulebooks.mofProject2020(), 2021, blank);
    Path filled = dir.resolve("filled.xlsx");
    try (InputStream in = Files.newInputStream(blank); Workbook book = WorkbookFactory.create(in)) {
      Sheet s = book.getSheetAt(0);
      set(s, 2, 1, "基层干部培训项目");
      set(s, 3, 1, "219-某市财政局");
      set(s, 3, 6, "219001-某市干部培训中心");
      set(s, 5, 2, 200);
      set(s, 5, 3, 200);
      set(s, 5, 4, 180);
      set(s, 5, 6, "90%");
      set(s, 5, 7, 10);
      set(s, 6, 3, 150);
      set(s, 6, 4, 140);
      set(s, 7, 3, 50);
      set(s, 7, 4, 40);
      set(s, 10, 1, "完成基层干部培训1000人次");
      set(s, 10, 6, "完成培训800人次，学员满意度85%");
      row(s, 12, "培训人次", "≥", 1000, "人次", 800, 30, 28, "受疫情影响，部分培训班取消");
      row(s, 13, "培训合格", "定性", "培训考核合格", null, "达成", 20, 18, null);
      row(s, 17, "基层业务能力提升", "定性", "明显提升", null, "部分达成", 30, 20, null);
      row(s, 20, "学员满意度", "≥", 90, "%", 85, 10, 9.44, null);
      set(s, 21, 8, 85.44);
      try (OutputStream out = Files.newOutputStream(filled)) {
        book.write(out);
      }
    }
    return filled;
  }

  private static void row(Sheet s, int r, String name, String op, Object target, String unit,
      Object actual, double weight, double score, String reason) {
    set(s, r, 2, name);
    set(s, r, 3, op);
    set(s, r, 4, target);
    if (unit != null) {
      set(s, r, 5, unit);
    }
    set(s, r, 6, actual);
    set(s, r, 7, weight);
    set(s, r, 8, score);
    if (reason != null) {
      set(s, r, 9, reason);
    }
  }

  static void set(Sheet s, int r, int c, Object value) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    var cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else {
      cell.setCellValue((String) value);
    }
  }
}
