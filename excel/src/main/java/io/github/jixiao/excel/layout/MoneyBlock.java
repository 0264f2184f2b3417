package io.github.jixiao.excel.layout;

import static io.github.jixiao.excel.layout.Role.EXECUTED;
import static io.github.jixiao.excel.layout.Role.EXECUTION_SCORE;
import static io.github.jixiao.excel.layout.Role.EXECUTION_WEIGHT;
import static io.github.jixiao.excel.layout.Role.FULL_YEAR;
import static io.github.jixiao.excel.layout.Role.INITIAL;
import static io.github.jixiao.excel.layout.Role.RATE;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.FundingLine;
import io.github.jixiao.core.FundingSource;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The money block of a 自评表 (项目资金 / 预算执行情况): the unit from its header "(万元)" / "(元)",
 * the total row (年度资金总额, 总额; the one row of layouts C and D) into the budget, the rows by
 * funding source (当年财政拨款, 上年结转资金, 其他资金; 财政资金, 财政专户管理资金, 单位资金) into its
 * funding lines, and the execution line (执行率, 分值, 得分) for indicator "1".
 *
 * @param budget the budget, in the block's unit (a 元 table is kept in 元)
 * @param weight the execution line's 分值, if the block gives one
 * @param weightCell where the weight was read
 * @param score the execution line's 得分, if given
 * @param scoreCell where the score was read
 * @param rate the printed 执行率 as a stated figure, if given
 * @param row the block's header row
 */
record MoneyBlock(Budget budget, Optional<BigDecimal> weight, String weightCell,
    Optional<BigDecimal> score, String scoreCell, Optional<StatedFigure> rate, int row) {

  private static final List<String> TOTALS = List.of("年度资金总额", "资金总额", "总额", "合计");
  private static final Map<String, FundingSource> SOURCES = Map.of("当年财政拨款",
      FundingSource.CURRENT_APPROPRIATION, "本年财政拨款", FundingSource.CURRENT_APPROPRIATION,
      "当年(本年)财政拨款", FundingSource.CURRENT_APPROPRIATION, "上年结转资金",
      FundingSource.CARRIED_OVER, "其他资金", FundingSource.OTHER, "财政资金", FundingSource.FISCAL,
      "财政专户管理资金", FundingSource.SPECIAL_ACCOUNT, "单位资金", FundingSource.UNIT_FUNDS);

  static MoneyBlock read(SheetContext sheet) {
    Grid grid = sheet.grid();
    Columns cols = Columns.find(grid, 0, EXECUTED, sheet.layout().moneyColumns)
        .orElseThrow(() -> sheet.error(grid.address(0, 0), "excel.layout.no-budget",
            Argument.text("sheet", Echo.text(grid.name()))));
    int header = cols.row();
    Budget.Builder budget = Budget.builder().unit(unit(sheet, header));
    int first = firstColumn(cols);
    Optional<BigDecimal> weight = Optional.empty();
    Optional<BigDecimal> score = Optional.empty();
    Optional<StatedFigure> rate = Optional.empty();
    String weightCell = grid.address(header, 0);
    String scoreCell = weightCell;
    boolean total = false;
    int funding = 0;
    for (int r = header + 1; r <= header + 8 && r < grid.rows(); r++) {
      String label = rowLabel(grid, r, first).replaceFirst("^其中:", "");
      FundingSource source = SOURCES.get(label);
      boolean isTotal = !total && (Labels.matchesAny(label, TOTALS) || r == header + 1
          && source == null);
      if (isTotal) {
        total = true;
        sheet.number(r, cols.of(INITIAL), "$.budget.initial").ifPresent(budget::initial);
        budget.fullYear(required(sheet, r, cols.of(FULL_YEAR), "$.budget.fullYear"));
        budget.executed(required(sheet, r, cols.of(EXECUTED), "$.budget.executed"));
        weight = sheet.number(r, cols.of(EXECUTION_WEIGHT), null);
        if (weight.isPresent()) {
          weightCell = grid.address(r, cols.of(EXECUTION_WEIGHT));
        }
        score = sheet.number(r, cols.of(EXECUTION_SCORE), null);
        scoreCell = grid.address(r, Math.max(0, cols.of(EXECUTION_SCORE)));
        rate = rate(sheet, header, r, cols.of(RATE));
      } else if (source != null) {
        String path = "$.budget.funding[" + funding + "].";
        FundingLine.Builder line = FundingLine.builder().source(source);
        Optional<BigDecimal> i = sheet.number(r, cols.of(INITIAL), path + "initial");
        Optional<BigDecimal> f = sheet.number(r, cols.of(FULL_YEAR), path + "fullYear");
        Optional<BigDecimal> e = sheet.number(r, cols.of(EXECUTED), path + "executed");
        if (i.isPresent() || f.isPresent() || e.isPresent()) {
          i.ifPresent(line::initial);
          f.ifPresent(line::fullYear);
          e.ifPresent(line::executed);
          budget.addFunding(line.build());
          funding++;
        }
      } else {
        break;
      }
    }
    if (!total) {
      throw sheet.error(grid.address(header, first), "excel.layout.no-budget",
          Argument.text("sheet", Echo.text(grid.name())));
    }
    if (sheet.layout() == LayoutKind.D) {
      // 预算数 = 调整后财政资金总额, 上年结余结转 included (formats.md): counted once.
      budget.carryOver(CarryOver.builder().atStart(BigDecimal.ZERO).atEnd(BigDecimal.ZERO)
          .build());
      sheet.record().note(grid.address(header, cols.of(FULL_YEAR)),
          Message.of("excel.layout.note.carry-over-included"));
    }
    if (weight.isEmpty()) {
      Optional<int[]> at = blockPoints(grid, header);
      if (at.isPresent()) {
        weightCell = grid.address(at.get()[0], at.get()[1]);
        weight = Labels.points(grid.label(at.get()[0], at.get()[1])).map(BigDecimal::new);
      }
    }
    return new MoneyBlock(budget.build(), weight, weightCell, score, scoreCell, rate, header);
  }

  private static BigDecimal required(SheetContext sheet, int row, int column, String path) {
    int c = column < 0 ? 0 : column;
    return sheet.number(row, column, path).orElseThrow(() -> sheet.error(
        sheet.grid().address(row, c), "excel.layout.no-amount"));
  }

  private static int firstColumn(Columns cols) {
    int first = Integer.MAX_VALUE;
    for (Role role : List.of(INITIAL, FULL_YEAR, EXECUTED)) {
      if (cols.has(role)) {
        first = Math.min(first, cols.of(role));
      }
    }
    return first;
  }

  /** The row's label: the last text left of the block's first money column. */
  private static String rowLabel(Grid grid, int row, int first) {
    for (int c = first - 1; c >= 0; c--) {
      String t = grid.label(row, c);
      if (!t.isEmpty()) {
        return t;
      }
    }
    return "";
  }

  /** The money unit the block's header names, else the option's, else 万元 with a note. */
  private static MoneyUnit unit(SheetContext sheet, int header) {
    Grid grid = sheet.grid();
    for (int r = Math.max(0, header - 3); r <= header + 5; r++) {
      for (int c = 0; c < grid.columns(r); c++) {
        String t = grid.label(r, c);
        if (t.contains("(万元)")) {
          return MoneyUnit.WAN_YUAN;
        }
        if (t.contains("(亿元)")) {
          return MoneyUnit.YI_YUAN;
        }
        if (t.contains("(元)")) {
          return MoneyUnit.YUAN;
        }
      }
    }
    if (sheet.options().unit().isPresent()) {
      return sheet.options().unit().get();
    }
    sheet.record().note(grid.address(header, 0), Message.of("excel.layout.note.unit-default"));
    return MoneyUnit.WAN_YUAN;
  }

  /** The cell of the block's label with its "(20分)" (预算执行情况(万元)(20分)), if any. */
  private static Optional<int[]> blockPoints(Grid grid, int header) {
    for (int r = Math.max(0, header - 2); r <= header; r++) {
      for (int c = 0; c < grid.columns(r); c++) {
        String t = grid.label(r, c);
        if (t.contains("执行") && !t.contains("×")) {
          if (Labels.points(t).isPresent()) {
            return Optional.of(new int[] {r, c});
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The printed 执行率 as the stated figure it is, at its printed precision. */
  private static Optional<StatedFigure> rate(SheetContext sheet, int header, int row,
      int column) {
    Written w = Written.read(sheet.text(row, column));
    if (w.kind() != Written.Kind.NUMBER || !(w.unit().isEmpty() || w.unit().equals("%"))) {
      return Optional.empty();
    }
    // "86%", or a plain 86 under a header that says "(%)"; else a ratio ("0.86", "1").
    boolean percent = w.unit().equals("%") || w.unit().isEmpty()
        && Labels.normal(sheet.text(header, column)).contains("(%)");
    BigDecimal value = percent ? w.number() : w.number().movePointRight(2);
    int precision = percent ? w.decimals() : Math.max(0, w.decimals() - 2);
    if (precision > 6) {
      return Optional.empty();
    }
    sheet.record().cell("$.statedFigures[0].statedValue", sheet.grid().address(row, column));
    return Optional.of(StatedFigure.builder().code("execution-rate").name("预算执行率")
        .kind(FigureKind.RATE).statedValue(value).precision(precision).unit("%")
        .formula("execution-rate").build());
  }
}
