package io.github.jixiao.excel.read;

import io.github.jixiao.core.ActualReading;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.math.BigDecimal;

/**
 * A row's entry (自评填报): 实际完成值 as written and what was read from it — a number where that
 * is unambiguous ("200余人" is about 200, and the import says so), a level for a 定性 row, not
 * applicable for "/", and for a 定量 row text no number can be read from, kept as written and
 * read as nothing (JX-208 asks for the number; it is never a 0) — the unit's 得分 and its
 * 偏差原因分析及改进措施. A row the unit left blank has no entry: it is not scored.
 */
final class Actuals {

  private Actuals() {}

  static IndicatorEntry entry(Grid grid, Recorder recorder, int r, IndicatorBlock.Columns col,
      String code, Targets.Target target, String path) {
    String written = col.actual() < 0 ? "" : grid.text(r, col.actual());
    String scoreText = col.score() < 0 ? "" : grid.text(r, col.score());
    String reason = col.reason() < 0 ? "" : grid.text(r, col.reason());
    if (written.isEmpty() && scoreText.isEmpty() && reason.isEmpty()) {
      return null;
    }
    IndicatorEntry.Builder e = IndicatorEntry.builder().indicatorCode(code);
    if (!written.isEmpty()) {
      Written w = Written.read(written);
      ActualReading reading = w.reading();
      boolean quantitative = target.kind() == IndicatorKind.QUANTITATIVE;
      if (quantitative && reading == ActualReading.LEVEL) {
        reading = ActualReading.UNREADABLE;
      }
      e.actualWritten(written).reading(reading);
      if (IndicatorBlock.numberRead(w)) {
        e.actual(w.number());
        recorder.cell(path + ".actual", grid.address(r, col.actual()));
        if (reading == ActualReading.APPROXIMATE) {
          recorder.note(grid.address(r, col.actual()), "excel.read.note.approximate",
              Said.text("written", written), Argument.number("number", w.number()));
        }
      } else if (reading == ActualReading.LEVEL) {
        e.level(w.level());
        recorder.cell(path + ".level", grid.address(r, col.actual()));
        if (w.assumed()) {
          recorder.note(grid.address(r, col.actual()), "excel.read.note.level-words",
              Said.text("written", written),
              Argument.message("level", Message.label(w.level())));
        }
      }
      recorder.cell(path + ".actualWritten", grid.address(r, col.actual()));
    }
    BigDecimal score = col.score() < 0 ? null : grid.number(r, col.score());
    if (score == null && !scoreText.isEmpty()) {
      Written s = Written.read(scoreText);
      score = s.reading() == ActualReading.EXACT ? s.number() : null;
      if (s.reading() != ActualReading.NOT_APPLICABLE) {
        recorder.note(grid.address(r, col.score()), score == null
            ? "excel.read.note.score-unreadable" : "excel.read.note.number-as-text",
            Said.text("written", scoreText));
      }
    }
    if (score != null) {
      if (score.signum() < 0 || score.scale() > 2 || score.compareTo(new BigDecimal("1000")) >= 0) {
        throw new ExcelImportException(Message.of("excel.read.score",
            Argument.text("cell", grid.address(r, col.score())),
            Said.text("written", scoreText)), grid.address(r, col.score()));
      }
      e.claimedScore(score);
      recorder.cell(path + ".claimedScore", grid.address(r, col.score()));
    }
    if (!reason.isEmpty()) {
      e.deviationReason(reason);
      recorder.cell(path + ".deviationReason", grid.address(r, col.reason()));
    }
    recorder.cell(path, grid.address(r, col.actual() < 0 ? 0 : col.actual()));
    return e.build();
  }
}
