package io.github.jixiao.excel.read;

import io.github.jixiao.core.ActualReading;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.Operator;
import io.github.jixiao.core.message.Argument;
import java.math.BigDecimal;

/**
 * A row's target as written (年度指标值的读取): the 指标性质 column where there is one, else the
 * comparison written into the target ("≥95%", "98%以上", "不低于"); the number and its unit ("95",
 * "%"; the 计量单位 column wins); 定性, or a target no number can be read from ("按期召开会议"),
 * makes the indicator qualitative. A quantitative target with no comparison is read as ≥, and the
 * import says so.
 */
final class Targets {

  private Targets() {}

  /** What was read: the kind, the comparison, the number, the unit and the texts as written. */
  record Target(IndicatorKind kind, Operator operator, String operatorText, BigDecimal number,
      String unit, String written) {

    void apply(Indicator.Builder i) {
      if (operator != null) {
        i.operator(operator);
      }
      if (!operatorText.isEmpty()) {
        i.operatorText(operatorText);
      }
      if (!written.isEmpty()) {
        i.targetWritten(written);
      }
      if (kind == IndicatorKind.QUANTITATIVE) {
        i.direction(operator == null ? Direction.AT_LEAST
            : operator.direction().orElse(Direction.AT_LEAST));
        if (number != null) {
          i.target(number);
        }
        if (!unit.isEmpty()) {
          i.unit(unit);
        }
      } else if (!written.isEmpty()) {
        i.targetText(written);
      }
    }
  }

  static Target read(Grid grid, Recorder recorder, int r, IndicatorBlock.Columns col,
      String path) {
    String written = col.target() < 0 ? "" : grid.text(r, col.target());
    String opCell = col.operator() < 0 ? "" : grid.text(r, col.operator());
    Operator op = null;
    String opText = "";
    if (!opCell.isEmpty()) {
      Operators read = Operators.column(opCell);
      if (read == null) {
        recorder.note(grid.address(r, col.operator()), "excel.read.note.operator-unknown",
            Said.text("written", opCell), Argument.text("operators", "≥ > = ≤ < 定性"));
      } else {
        op = read.operator();
        opText = opCell;
        if (read.guessed()) {
          recorder.note(grid.address(r, col.operator()), "excel.read.note.operator-ocr",
              Said.text("written", opCell));
        }
      }
    }
    Operators inTarget = Operators.target(written);
    if (inTarget.operator() != null) {
      if (op == null) {
        op = inTarget.operator();
        opText = opText.isEmpty() ? written.substring(0, Math.max(0, written.length()
            - inTarget.rest().length())).strip() : opText;
        if (opText.isEmpty()) {
          opText = written;
        }
      }
      if (inTarget.guessed()) {
        recorder.note(grid.address(r, col.target()), "excel.read.note.operator-ocr",
            Said.text("written", written));
      }
    } else if (col.operator() >= 0 && opCell.isEmpty() && !written.isEmpty()
        && (written.startsWith("2") && written.length() > 1)) {
      // "26次" under an empty 指标性质: perhaps an OCR-damaged "≥6次"; read as written, said.
      recorder.note(grid.address(r, col.target()), "excel.read.note.target-suspicious",
          Said.text("written", written));
    }
    Written number = Written.read(inTarget.rest());
    boolean qualitative = op == Operator.QUALITATIVE
        || !written.isEmpty() && !IndicatorBlock.numberRead(number)
        || written.isEmpty() && op == null;
    String unit = col.unit() < 0 ? "" : grid.text(r, col.unit());
    if (qualitative) {
      if (op != null && op != Operator.QUALITATIVE) {
        recorder.note(grid.address(r, col.target()), "excel.read.note.target-text",
            Said.text("written", written));
        op = null;
        opText = "";
      }
      return new Target(IndicatorKind.QUALITATIVE, op, opText, null, "", written);
    }
    if (op == null) {
      recorder.note(grid.address(r, Math.max(col.target(), 0)), "excel.read.note.operator-default",
          Said.text("written", written));
    }
    if (number.reading() == ActualReading.APPROXIMATE) {
      recorder.note(grid.address(r, col.target()), "excel.read.note.approximate",
          Said.text("written", written), Argument.number("number", number.number()));
    }
    recorder.cell(path + ".target", grid.address(r, col.target()));
    if (col.operator() >= 0 && !opCell.isEmpty()) {
      recorder.cell(path + ".operator", grid.address(r, col.operator()));
    }
    return new Target(IndicatorKind.QUANTITATIVE, op, opText, number.number(),
        unit.isEmpty() ? number.unit() : unit, written);
  }
}
