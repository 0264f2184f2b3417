package io.github.jixiao.excel.read;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.FundingLine;
import io.github.jixiao.core.FundingSource;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The money block of layout A (项目资金): its unit from the block's label ("项目资金（万元）",
 * "（元）" in some cities, "（亿元）"), the header 年初预算数 | 全年预算数（A） | 全年执行数（B） | 分值 |
 * 执行率（B/A） | 得分, the total row 年度资金总额 and one row per source under it (其中：当年财政拨款,
 * 上年结转资金, 其他资金 — or the Sichuan split). Amounts are kept in the table's unit, never converted
 * silently; "-" / "—" on a sub-row is a figure not given.
 */
final class MoneyBlock {

  int header = -1;
  int initial = -1;
  int fullYear = -1;
  int executed = -1;
  int weight = -1;
  int rate = -1;
  int score = -1;
  int totalRow = -1;
  MoneyUnit unit = MoneyUnit.WAN_YUAN;
  final List<Integer> sourceRows = new ArrayList<>();
  final List<FundingSource> sources = new ArrayList<>();

  /** Finds the block in rows {@code 0..before}; false when the sheet has none. */
  boolean find(Grid grid, Recorder recorder, int before) {
    for (int r = 0; r < before && header < 0; r++) {
      for (int c = 0; c < grid.width(r); c++) {
        String t = grid.text(r, c);
        if (Labels.is(t, "年初预算数")) {
          initial = c;
        } else if (Labels.is(t, "全年预算数") || Labels.is(t, "调整后预算数")) {
          fullYear = c;
        } else if (Labels.is(t, "全年执行数") || Labels.is(t, "预算执行数")) {
          executed = c;
        } else if (fullYear >= 0 && Labels.is(t, "分值")) {
          weight = c;
        } else if (Labels.is(t, "执行率")) {
          rate = c;
        } else if (fullYear >= 0 && Labels.is(t, "得分")) {
          score = c;
        }
      }
      if (fullYear >= 0 && executed >= 0) {
        header = r;
      } else {
        initial = fullYear = executed = weight = rate = score = -1;
      }
    }
    if (header < 0) {
      return false;
    }
    unit(grid, recorder);
    for (int r = header + 1; r < before; r++) {
      String label = label(grid, r);
      if (Labels.is(label, "年度资金总额") || Labels.is(label, "总额") || Labels.is(label, "合计")) {
        totalRow = r;
        continue;
      }
      Optional<FundingSource> source = source(label);
      if (source.isEmpty()) {
        break;
      }
      sourceRows.add(r);
      sources.add(source.get());
    }
    return totalRow >= 0;
  }

  /** The budget: the total row's figures and each source row that gives one. */
  Budget budget(Grid grid, Recorder recorder) {
    BigDecimal full = amount(grid, totalRow, fullYear, "$.budget.fullYear", recorder, true);
    BigDecimal exec = amount(grid, totalRow, executed, "$.budget.executed", recorder, true);
    Budget.Builder b = Budget.builder().unit(unit).fullYear(full).executed(exec);
    BigDecimal init = amount(grid, totalRow, initial, "$.budget.initial", recorder, false);
    if (init != null) {
      b.initial(init);
    }
    for (int i = 0; i < sourceRows.size(); i++) {
      int r = sourceRows.get(i);
      String at = "$.budget.funding[" + i + "]";
      FundingLine.Builder line = FundingLine.builder().source(sources.get(i));
      BigDecimal a = amount(grid, r, initial, at + ".initial", recorder, false);
      BigDecimal f = amount(grid, r, fullYear, at + ".fullYear", recorder, false);
      BigDecimal e = amount(grid, r, executed, at + ".executed", recorder, false);
      if (a == null && f == null && e == null) {
        continue;
      }
      if (a != null) {
        line.initial(a);
      }
      if (f != null) {
        line.fullYear(f);
      }
      if (e != null) {
        line.executed(e);
      }
      b.addFunding(line.build());
      recorder.cell(at, grid.address(r, 0));
    }
    return b.build();
  }

  private BigDecimal amount(Grid grid, int r, int c, String path, Recorder recorder,
      boolean required) {
    if (c < 0) {
      if (required) {
        throw missing(grid, r, c);
      }
      return null;
    }
    BigDecimal n = grid.number(r, c);
    String text = grid.text(r, c);
    if (n == null && !text.isEmpty()) {
      Written w = Written.read(text);
      if (w.reading() == io.github.jixiao.core.ActualReading.EXACT) {
        n = w.number();
        recorder.note(grid.address(r, c), "excel.read.note.number-as-text",
            Said.text("written", text));
      } else if (w.reading() != io.github.jixiao.core.ActualReading.NOT_APPLICABLE) {
        throw new ExcelImportException(Message.of("excel.read.amount",
            Argument.text("cell", grid.address(r, c)), Said.text("written", text)),
            grid.address(r, c));
      }
    }
    if (n == null) {
      if (required) {
        throw missing(grid, r, c);
      }
      return null;
    }
    if (n.signum() < 0 || n.scale() > 6 || n.precision() - n.scale() > 15) {
      throw new ExcelImportException(Message.of("excel.read.amount",
          Argument.text("cell", grid.address(r, c)), Said.text("written", text)),
          grid.address(r, c));
    }
    recorder.cell(path, grid.address(r, c));
    return n;
  }

  private ExcelImportException missing(Grid grid, int r, int c) {
    String cell = grid.address(r, Math.max(c, 0));
    return new ExcelImportException(Message.of("excel.read.amount-missing",
        Argument.text("cell", cell)), cell);
  }

  private void unit(Grid grid, Recorder recorder) {
    for (int r = Math.max(0, header - 1); r <= header + 1; r++) {
      for (int c = 0; c < Math.min(grid.width(r), Math.max(initial, 1)); c++) {
        String t = Labels.normal(grid.text(r, c));
        if (t.contains("亿元")) {
          unit = MoneyUnit.YI_YUAN;
          return;
        }
        if (t.contains("万元")) {
          unit = MoneyUnit.WAN_YUAN;
          return;
        }
        if (t.contains("(元)") || t.contains("单位:元")) {
          unit = MoneyUnit.YUAN;
          return;
        }
      }
    }
    recorder.note(grid.address(header, 0), "excel.read.note.unit-default",
        Argument.message("unit", Message.label(MoneyUnit.WAN_YUAN)));
  }

  /** The leftmost label of a row of the block: the first text cell before the figures. */
  private String label(Grid grid, int r) {
    int end = initial >= 0 ? initial : fullYear;
    for (int c = 0; c < end; c++) {
      String t = grid.text(r, c);
      if (!t.isEmpty() && !Labels.is(t, "项目资金") && !Labels.is(t, "资金")) {
        return t;
      }
    }
    return "";
  }

  static Optional<FundingSource> source(String label) {
    String t = Labels.normal(label).replaceFirst("^其中[:：]?", "");
    for (FundingSource s : FundingSource.values()) {
      if (t.startsWith(s.label())) {
        return Optional.of(s);
      }
    }
    if (t.startsWith("本年财政拨款") || t.startsWith("当年财政拨款")) {
      return Optional.of(FundingSource.CURRENT_APPROPRIATION);
    }
    if (t.startsWith("上年结转") || t.startsWith("上年结余结转")) {
      return Optional.of(FundingSource.CARRIED_OVER);
    }
    return Optional.empty();
  }
}
