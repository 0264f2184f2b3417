package io.github.jixiao.excel.read;

import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.OverallTarget;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.TableSource;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout A (formats.md): 项目支出绩效自评表, the national 2020 project form — and Jixiao's own
 * template and export, which are layout A with 指标性质 and 计量单位 (and 复核得分, 差异) added. Read
 * top to bottom: title and year, 项目名称, 主管部门 | 实施单位, the money block, 年度总体目标, the
 * indicator block, 总分, footnotes. The execution line (the money block's 分值 and 得分) becomes
 * indicator "1", 预算执行率; the rulebook is the one the template's footnote names, else
 * {@code mof-project-2020}, and the document says which.
 */
final class LayoutA {

  static final String ID = "A";
  static final String NAME = "项目支出绩效自评表（2020年全国通用格式）";
  private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年度");
  private static final Pattern RULEBOOK = Pattern.compile("评分办法“[^”]*”[（(]([a-z0-9][a-z0-9-]*)[）)]");

  private LayoutA() {}

  /** The row of the indicator header (一级指标 | 二级指标 | 三级指标 …), or -1. */
  static int header(Grid grid) {
    int most = Math.min(grid.lastRow(), 80);
    for (int r = 0; r <= most; r++) {
      boolean first = false;
      boolean third = false;
      for (int c = 0; c < Math.min(grid.width(r), 40); c++) {
        String t = Labels.normal(grid.text(r, c));
        first |= t.equals("一级指标");
        third |= t.equals("三级指标") || t.equals("三级指标名称");
      }
      if (first && third) {
        return r;
      }
    }
    return -1;
  }

  static SelfEvaluation read(Grid grid, String file, ImportOptions options, int header) {
    Recorder recorder = new Recorder();
    MoneyBlock money = new MoneyBlock();
    if (!money.find(grid, recorder, header)) {
      throw new ExcelImportException(Message.of("excel.read.no-money-block",
          Said.text("sheet", grid.name()),
          Argument.text("labels", "年度资金总额、全年预算数、全年执行数")), null);
    }
    IndicatorBlock.Columns columns = columns(grid, header);
    BigDecimal executionWeight = points(grid, money.totalRow, money.weight, false);
    BigDecimal executionScore = executionWeight == null ? null
        : points(grid, money.totalRow, money.score, true);
    IndicatorBlock block = new IndicatorBlock(grid, recorder, columns,
        executionWeight == null ? 0 : 1, executionScore == null ? 0 : 1);
    block.read(header);
    String title = find(grid, 0, 3, "自评表");
    int fiscalYear = year(grid, options);
    EvaluationKind kind = title.contains("部门整体") ? EvaluationKind.DEPARTMENT_WIDE
        : EvaluationKind.PROJECT;
    SelfEvaluation.Builder e = SelfEvaluation.builder().kind(kind).fiscalYear(fiscalYear)
        .department(department(grid, recorder, options)).budget(money.budget(grid, recorder));
    String project = valueRight(grid, "项目名称", header, recorder, "$.title");
    e.title(project.isEmpty() ? (title.isEmpty() ? grid.name() : title) : project);
    target(grid, header).ifPresent(e::overallTarget);
    if (executionWeight != null) {
      execution(grid, money, recorder, e, executionWeight, executionScore);
    }
    for (Indicator i : block.indicators) {
      e.addIndicator(i);
    }
    for (IndicatorEntry entry : block.entries) {
      e.addEntry(entry);
    }
    if (block.totalRow >= 0 && columns.score() >= 0) {
      BigDecimal total = grid.number(block.totalRow, columns.score());
      if (total != null && total.signum() >= 0 && total.scale() <= 2
          && total.compareTo(new BigDecimal("1000")) < 0) {
        e.claimedTotal(total);
        recorder.cell("$.claimedTotal", grid.address(block.totalRow, columns.score()));
      }
    }
    String rulebook = rulebook(grid, block, recorder);
    e.rulebook(rulebook);
    grid.notes().forEach(n -> recorder.note(n.cell(), n.key()));
    e.source(TableSource.builder().file(file).sheet(grid.name()).layout(ID).layoutName(NAME)
        .addAllCells(recorder.cells()).addAllNotes(recorder.notes()).build());
    return e.build();
  }

  private static IndicatorBlock.Columns columns(Grid grid, int r) {
    int first = -1, second = -1, third = -1, op = -1, target = -1, unit = -1, actual = -1;
    int weight = -1, score = -1, reason = -1;
    for (int c = 0; c < grid.width(r); c++) {
      if (grid.isMergedTail(r, c)) {
        continue; // a header merged across columns names its first column only
      }
      String t = Labels.normal(grid.text(r, c));
      if (t.equals("一级指标")) {
        first = c;
      } else if (t.equals("二级指标")) {
        second = c;
      } else if (t.startsWith("三级指标")) {
        third = c;
      } else if (t.equals("指标性质") || t.equals("计算符号")) {
        op = c;
      } else if (t.startsWith("年度指标值") || t.equals("指标值")) {
        target = c;
      } else if (t.equals("计量单位") || t.equals("度量单位")) {
        unit = c;
      } else if (t.startsWith("实际完成值") || t.equals("完成值")) {
        actual = c;
      } else if (t.equals("分值")) {
        weight = c;
      } else if (t.equals("得分") || t.equals("自评得分")) {
        score = c;
      } else if (t.startsWith("偏差原因")) {
        reason = c;
      }
    }
    if (second < 0 && first >= 0) {
      second = first + 1;
    }
    return new IndicatorBlock.Columns(first, second, third, op, target, unit, actual, weight,
        score, reason);
  }

  /** 预算执行率: the money block's 分值 and 得分 as indicator "1", the printed 执行率 as stated. */
  /** Points in a cell: at most 3 integer digits and 2 decimals; {@code zero} whether 0 is. */
  private static BigDecimal points(Grid grid, int r, int c, boolean zero) {
    BigDecimal n = c < 0 ? null : grid.number(r, c);
    return n == null || n.signum() < 0 || !zero && n.signum() == 0 || n.scale() > 2
        || n.compareTo(new BigDecimal("1000")) >= 0 ? null : n;
  }

  private static void execution(Grid grid, MoneyBlock money, Recorder recorder,
      SelfEvaluation.Builder e, BigDecimal weight, BigDecimal score) {
    e.addIndicator(Indicator.builder().code("1").name("预算执行率").level(1).weight(weight)
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
        .target(new BigDecimal("100")).unit("%").build());
    recorder.cell("$.indicators[0]", grid.address(money.totalRow, money.weight));
    recorder.cell("$.indicators[0].weight", grid.address(money.totalRow, money.weight));
    if (score == null) {
      return;
    }
    e.addEntry(IndicatorEntry.builder().indicatorCode("1").claimedScore(score).build());
    recorder.cell("$.entries[0].claimedScore", grid.address(money.totalRow, money.score));
    recorder.cell("$.entries[0]", grid.address(money.totalRow, money.score));
    String rate = money.rate < 0 ? "" : grid.text(money.totalRow, money.rate);
    Written w = Written.read(rate.replace("%", ""));
    if (w.reading() == io.github.jixiao.core.ActualReading.EXACT) {
      BigDecimal stated = rate.contains("%") || w.number().compareTo(new BigDecimal("1.5")) > 0
          ? w.number() : w.number().movePointRight(2);
      e.addStatedFigure(StatedFigure.builder().code("execution-rate").name("预算执行率")
          .kind(FigureKind.RATE).statedValue(stated).unit("%").formula("execution-rate")
          .quote(rate).build());
      recorder.cell("$.statedFigures[0].statedValue", grid.address(money.totalRow, money.rate));
    }
  }

  private static java.util.Optional<OverallTarget> target(Grid grid, int before) {
    for (int r = 0; r < before; r++) {
      for (int c = 0; c < grid.width(r); c++) {
        if (Labels.is(grid.text(r, c), "预期目标")) {
          String expected = grid.text(r + 1, c);
          String done = "";
          for (int d = c + 1; d < grid.width(r); d++) {
            if (Labels.is(grid.text(r, d), "实际完成情况")) {
              done = grid.text(r + 1, d);
            }
          }
          if (expected.isEmpty() && done.isEmpty()) {
            return java.util.Optional.empty();
          }
          OverallTarget.Builder t = OverallTarget.builder();
          if (!expected.isEmpty()) {
            t.expected(expected);
          }
          if (!done.isEmpty()) {
            t.completion(done);
          }
          return java.util.Optional.of(t.build());
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static String rulebook(Grid grid, IndicatorBlock block, Recorder recorder) {
    int from = block.footnoteRow >= 0 ? block.footnoteRow
        : block.totalRow >= 0 ? block.totalRow + 1 : grid.lastRow() + 1;
    for (int r = from; r <= Math.min(grid.lastRow(), from + 10); r++) {
      Matcher m = RULEBOOK.matcher(grid.text(r, 0));
      if (m.find()) {
        recorder.note(grid.address(r, 0), "excel.read.note.rulebook-footnote",
            Argument.text("id", m.group(1)));
        return m.group(1);
      }
      if (!grid.text(r, 0).isEmpty()) {
        recorder.note(grid.address(r, 0), "excel.read.note.footnote",
            Said.text("text", grid.text(r, 0)));
      }
    }
    recorder.note(null, "excel.read.note.rulebook-layout", Argument.text("id", "mof-project-2020"),
        Argument.text("layout", ID), Argument.text("option", "--rulebook"));
    return "mof-project-2020";
  }

  private static int year(Grid grid, ImportOptions options) {
    for (int r = 0; r <= Math.min(3, grid.lastRow()); r++) {
      for (int c = 0; c < grid.width(r); c++) {
        Matcher m = YEAR.matcher(grid.text(r, c));
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
    }
    return options.fiscalYear().orElseThrow(() -> new ExcelImportException(
        Message.of("excel.read.no-year", Argument.text("cell", grid.address(0, 0)),
            Argument.text("example", "（2021年度）"), Argument.text("option", "--year")),
        grid.address(0, 0)));
  }

  private static Department department(Grid grid, Recorder recorder, ImportOptions options) {
    String name = valueRight(grid, "主管部门", 10, recorder, "$.department.name");
    if (name.isEmpty()) {
      name = valueRight(grid, "实施单位", 10, recorder, "$.department.name");
    }
    if (name.isEmpty()) {
      name = "（表中未载明）";
      recorder.note(null, "excel.read.note.no-department",
          Argument.text("labels", "主管部门、实施单位"));
    }
    Matcher code = Pattern.compile("^(\\d{3,})\\s*[-－—]").matcher(name);
    String region = options.region().orElse(null);
    if (region == null) {
      region = "未载明";
      recorder.note(null, "excel.read.note.region", Argument.text("placeholder", region),
          Argument.text("option", "--region"));
    }
    return Department.builder().code(code.find() ? code.group(1) : name).name(name)
        .level(options.level().orElse(GovernmentLevel.COUNTY))
        .kind(options.kind().orElse(DepartmentKind.ADMINISTRATIVE)).region(region).build();
  }

  /** The value right of the cell labelled {@code label} in the first rows: the next text cell. */
  private static String valueRight(Grid grid, String label, int rows, Recorder recorder,
      String path) {
    for (int r = 0; r <= Math.min(rows, grid.lastRow()); r++) {
      for (int c = 0; c < grid.width(r); c++) {
        if (Labels.normal(grid.text(r, c)).equals(Labels.normal(label))) {
          for (int d = c + 1; d < grid.width(r) + 1; d++) {
            if (grid.isMergedTail(r, d) && grid.region(r, d).getFirstColumn() <= c) {
              continue;
            }
            String v = grid.text(r, d);
            if (!v.isEmpty()) {
              recorder.cell(path, grid.address(r, d));
              return v;
            }
          }
          return "";
        }
      }
    }
    return "";
  }

  private static String find(Grid grid, int from, int to, String part) {
    for (int r = from; r <= Math.min(to, grid.lastRow()); r++) {
      for (int c = 0; c < grid.width(r); c++) {
        if (grid.text(r, c).contains(part)) {
          return grid.text(r, c);
        }
      }
    }
    return "";
  }
}
