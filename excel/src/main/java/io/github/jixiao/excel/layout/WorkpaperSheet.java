package io.github.jixiao.excel.layout;

import static io.github.jixiao.excel.layout.WorkpaperColumns.Column.*;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.Review;
import io.github.jixiao.core.ReviewEntry;
import io.github.jixiao.core.ReviewedEvaluation;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.SourceCell;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.ReviewedSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One project sheet of a reviewer's workpaper read into a review (复核底稿工作表读取): below the
 * header, every row naming an indicator of the evaluation becomes its entry — 复核完成值 (a number
 * for a quantitative indicator where one is written, else the text as written, never 0), 复核得分
 * (blank stays blank), 备注 as the note — with the cell of each; a row naming only its 一级 is
 * a leaf at level 1 (预算执行率) or a group's row; the 合计 row gives the review's
 * stated total; placeholder, empty and 小计 rows are passed over, and footnotes ("注：") end the
 * table. The unit's columns are compared with the evaluation ({@link WorkpaperChecks}).
 */
final class WorkpaperSheet {

  private static final List<String> TOTALS = List.of("合计", "总计", "总分");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("(指标\\d*[:：]?|…+|\\.{3,}|\\d+[.、]?)");

  private final Grid grid;
  private final WorkpaperColumns cols;
  private final SelfEvaluation evaluation;
  private final IndicatorIndex index;
  private final WorkpaperNotes record = new WorkpaperNotes();
  private final WorkpaperChecks checks;
  private final List<ReviewEntry> entries = new ArrayList<>();
  private final Map<String, Integer> reviewedAt = new HashMap<>();
  private BigDecimal total;
  private String totalCell;

  private WorkpaperSheet(Grid grid, WorkpaperColumns cols, SelfEvaluation evaluation,
      IndicatorIndex index) {
    this.grid = grid;
    this.cols = cols;
    this.evaluation = evaluation;
    this.index = index;
    this.checks = new WorkpaperChecks(grid, cols, record);
  }

  /** The sheet {@code grid}, its header {@code cols}, read as a review of {@code evaluation}. */
  static ReviewedSheet read(String file, Grid grid, WorkpaperColumns cols,
      SelfEvaluation evaluation, IndicatorIndex index) {
    return new WorkpaperSheet(grid, cols, evaluation, index).read(file);
  }

  private ReviewedSheet read(String file) {
    cols.notes().forEach(n -> record.info(n.getKey(), n.getValue()));
    grid.cellMessages().forEach(n -> record.info(n.cell(), n.message()));
    String level1 = "";
    for (int r = cols.row() + 1; r < grid.rows(); r++) {
      String first = firstLabel(r);
      if (first.startsWith("注:") || first.equals("注")) {
        break; // footnotes end the table
      }
      if (Labels.matchesAny(first, TOTALS)) {
        total(r);
        continue;
      }
      if (first.endsWith("小计") || first.endsWith("合计")) {
        continue;
      }
      String written1 = text(r, LEVEL1);
      level1 = written1.isEmpty() ? level1 : written1;
      String level2 = text(r, LEVEL2);
      String level3 = text(r, LEVEL3);
      String name = level3.isEmpty() ? level2 : level3;
      if (name.isEmpty() && !written1.isEmpty() && !numbersBlank(r)) {
        row(r, "", "", written1, LEVEL1); // a leaf at level 1: 预算执行率 | | | 10
        continue;
      }
      if (name.isEmpty() || PLACEHOLDER.matcher(Labels.normal(name)).matches()
          || level3.isEmpty() && numbersBlank(r)) {
        continue;
      }
      row(r, level1, level2, level3, level3.isEmpty() ? LEVEL2 : LEVEL3);
    }
    return new ReviewedSheet(grid.name(), review(file), cells(), record.notes());
  }

  private void row(int r, String level1, String level2, String level3,
      WorkpaperColumns.Column named) {
    String name = level3.isEmpty() ? level2 : level3;
    String cell = grid.address(r, cols.of(named));
    if (grid.rowHidden(r)) {
      record.info(cell, Message.of("excel.layout.note.hidden-row", Argument.number("row",
          r + 1L)));
    }
    IndicatorIndex.Match match = index.find(level1, level2, level3);
    if (match.leaves().size() == 1) {
      entry(r, match.leaves().get(0), cell);
    } else if (match.leaves().size() > 1) {
      record.error(cell, "excel.layout.workpaper.ambiguous", Argument.text("name",
          Echo.text(name)), Argument.list("codes", match.leaves().stream()
              .map(Indicator::getCode).map(Echo::text).toList()));
    } else if (!match.groups().isEmpty()) {
      record.info(cell, Message.of("excel.layout.workpaper.group-row",
          Argument.text("name", Echo.text(name))));
    } else {
      List<String> under = new ArrayList<>();
      if (!level1.isEmpty()) {
        under.add(Echo.text(level1));
      }
      if (!level3.isEmpty() && !level2.isEmpty()) {
        under.add(Echo.text(level2));
      }
      record.error(cell, "excel.layout.workpaper.unmatched", Argument.text("name",
          Echo.text(name)), Argument.text("groups", under.isEmpty() ? "—"
              : String.join(" / ", under)));
    }
  }

  private void entry(int r, Indicator indicator, String cell) {
    String code = indicator.getCode();
    if (reviewedAt.containsKey(code)) {
      record.error(cell, "excel.layout.workpaper.reviewed-twice", Argument.text("code",
          Echo.text(code)), Argument.text("name", Echo.text(indicator.getName())),
          Argument.number("row", reviewedAt.get(code) + 1L));
      return;
    }
    for (WorkpaperColumns.Column c : List.of(REVIEW_ACTUAL, NOTE, REASON, EVIDENCE)) {
      if (unsafe(text(r, c))) {
        // the review document could hold it, but no JSON Jixiao writes may: refused here
        record.error(grid.address(r, cols.of(c)), "excel.layout.workpaper.unsafe-text",
            Argument.message("column", c.label()));
        return;
      }
    }
    String at = "$.entries[" + entries.size() + "]";
    Map<String, String> cells = new java.util.LinkedHashMap<>();
    cells.put(at, cell);
    ReviewEntry.Builder b = ReviewEntry.builder().indicatorCode(code);
    actual(r, indicator, b, at, cells);
    Optional<BigDecimal> score = score(r, at, cells);
    score.ifPresent(b::score);
    String note = text(r, NOTE);
    if (!Written.read(note).isEmpty()) {
      b.note(note);
      cells.put(at + ".note", grid.address(r, cols.of(NOTE)));
    }
    deductions(r, b, at, cells);
    checks.row(r, indicator, evaluation.entry(code), score);
    try {
      entries.add(b.build());
    } catch (InvalidValueException invalid) {
      record.error(cell, "excel.layout.workpaper.row-invalid", Argument.message("problem",
          invalid.said()));
      return;
    }
    reviewedAt.put(code, r);
    cells.forEach(record::cell);
  }

  private void actual(int r, Indicator indicator, ReviewEntry.Builder b, String at,
      Map<String, String> cells) {
    String written = text(r, REVIEW_ACTUAL);
    Written w = Written.read(written);
    if (w.kind() == Written.Kind.BLANK) {
      return;
    }
    String cell = grid.address(r, cols.of(REVIEW_ACTUAL));
    boolean quantitative = indicator.getKind() == IndicatorKind.QUANTITATIVE;
    if (quantitative && w.isNumber() && (w.kind() != Written.Kind.NUMBER
        || unitFits(w.unit(), indicator))) {
      b.actual(w.number());
      cells.put(at + ".actual", cell);
      if (w.kind() != Written.Kind.NUMBER) {
        record.info(cell, Message.of("excel.layout.note.approximate", Argument.text("written",
            Echo.text(written)), Argument.number("number", w.number())));
      }
      return;
    }
    b.actualText(written);
    cells.put(at + ".actualText", cell);
    if (quantitative && w.kind() == Written.Kind.NOT_APPLICABLE) {
      record.info(cell, Message.of("excel.layout.workpaper.not-applicable",
          Argument.text("written", Echo.text(written))));
    } else if (quantitative) {
      record.warning(cell, "excel.layout.workpaper.actual-text", Argument.text("name",
          Echo.text(indicator.getName())), Argument.text("written", Echo.text(written)));
    }
  }

  /** 扣分, 扣分比例, 扣分理由 and 佐证材料 (one item a line, or between "；"), where the sheet has them. */
  private void deductions(int r, ReviewEntry.Builder b, String at, Map<String, String> cells) {
    number(r, DEDUCTION, at + ".deduction", cells).ifPresent(b::deduction);
    number(r, DEDUCTION_PERCENT, at + ".deductionPercent", cells).ifPresent(b::deductionPercent);
    String reason = text(r, REASON);
    if (!Written.read(reason).isEmpty()) {
      b.reason(reason);
      cells.put(at + ".reason", grid.address(r, cols.of(REASON)));
    }
    String evidence = text(r, EVIDENCE);
    if (!Written.read(evidence).isEmpty()) {
      for (String item : evidence.split("[\\n；;]")) {
        if (!item.isBlank()) {
          b.addEvidence(item.trim());
        }
      }
      cells.put(at + ".evidence", grid.address(r, cols.of(EVIDENCE)));
    }
  }

  /** A number of {@code column} ("20" or "20%" for a share), or empty; text is an error noted. */
  private Optional<BigDecimal> number(int r, WorkpaperColumns.Column column, String path,
      Map<String, String> cells) {
    String written = text(r, column);
    Written w = Written.read(written);
    if (w.isEmpty()) {
      return Optional.empty();
    }
    String cell = grid.address(r, cols.of(column));
    if (w.kind() == Written.Kind.NUMBER && (w.unit().isEmpty() || w.unit().equals("分")
        || w.unit().equals("%") && column == DEDUCTION_PERCENT)) {
      cells.put(path, cell);
      return Optional.of(w.number());
    }
    record.error(cell, "excel.layout.workpaper.not-a-number", Argument.message("column",
        column.label()), Argument.text("written", Echo.text(written)));
    return Optional.empty();
  }

  /** Whether {@code text} holds a control character but tab and line breaks, or a bidi control. */
  static boolean unsafe(String text) {
    return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n'
        && c != '\r' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069');
  }

  /** A number's unit fits when there is none, it is %, or it is the indicator's (件 for 件). */
  private static boolean unitFits(String unit, Indicator indicator) {
    return unit.isEmpty() || unit.equals("%")
        || indicator.getUnit().map(u -> Labels.normal(u).equals(unit)).orElse(false);
  }

  private Optional<BigDecimal> score(int r, String at, Map<String, String> cells) {
    String cell = grid.address(r, cols.of(REVIEW_SCORE));
    cells.put(at + ".score", cell); // a blank one too: where JX-704 points
    return WorkpaperChecks.points(text(r, REVIEW_SCORE), cell, record, true);
  }

  private void total(int r) {
    if (total != null || totalCell != null) {
      return;
    }
    totalCell = grid.address(r, cols.of(REVIEW_SCORE));
    total = WorkpaperChecks.points(text(r, REVIEW_SCORE), totalCell, record, true).orElse(null);
    checks.total(r, evaluation.getClaimedTotal());
  }

  private Review review(String file) {
    ReviewedEvaluation.Builder of = ReviewedEvaluation.builder()
        .departmentCode(evaluation.getDepartment().getCode())
        .fiscalYear(evaluation.getFiscalYear());
    evaluation.getTitle().ifPresent(of::title);
    Review plain;
    try {
      plain = Review.builder().evaluation(of.build()).entries(entries).build();
    } catch (InvalidValueException invalid) {
      throw new ExcelImportException(file, null, Message.of("excel.layout.workpaper.invalid",
          Argument.text("file", Echo.text(file)), Argument.text("sheet", Echo.text(grid.name())),
          Argument.message("problem", invalid.said())), invalid);
    }
    if (total == null) {
      return plain;
    }
    try {
      return Review.builder().from(plain).total(total).build();
    } catch (InvalidValueException invalid) {
      record.error(totalCell, "excel.layout.workpaper.row-invalid",
          Argument.message("problem", invalid.said()));
      total = null;
      return plain;
    }
  }

  private List<SourceCell> cells() {
    Map<String, String> cells = new java.util.LinkedHashMap<>(record.cells());
    if (total != null) {
      cells.put("$.total", totalCell);
    }
    List<SourceCell> list = new ArrayList<>(cells.size());
    cells.forEach((path, cell) -> list.add(SourceCell.of(path, cell)));
    return list;
  }

  private boolean numbersBlank(int r) {
    return List.of(WEIGHT, SELF_SCORE, REVIEW_SCORE, REVIEW_ACTUAL).stream()
        .allMatch(c -> text(r, c).isEmpty());
  }

  private String firstLabel(int row) {
    for (int c = 0; c < grid.columns(row); c++) {
      String t = grid.label(row, c);
      if (!t.isEmpty()) {
        return t;
      }
    }
    return "";
  }

  private String text(int row, WorkpaperColumns.Column column) {
    return cols.has(column) ? grid.text(row, cols.of(column)) : "";
  }
}
