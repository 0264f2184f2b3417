package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.spi.EvaluationIndex;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one scoring has used of the evaluation's table (自评表): the table's {@link
 * EvaluationIndex} — built once and shared with the checks of the same review — and, per code,
 * whether the walk used its indicator and scored its entry, kept in arrays by the index's row id
 * so that a scoring allocates nothing per code.
 */
final class EvaluationRows {

  private final SelfEvaluation evaluation;
  private final EvaluationIndex index;
  private final boolean[] used;
  private final boolean[] entryScored;

  EvaluationRows(EvaluationIndex index) {
    this.evaluation = index.evaluation();
    this.index = index;
    this.used = new boolean[index.size()];
    this.entryScored = new boolean[index.size()];
  }

  /** The index's row of a code, or null when the evaluation never names it. */
  EvaluationIndex.Row get(String code) {
    return index.rowOrNull(code);
  }

  /** Records that the walk used the table's indicator of {@code row}. */
  void markUsed(EvaluationIndex.Row row) {
    used[row.id()] = true;
  }

  /** Records that the entry of {@code row} was scored (so its deductions were taken). */
  void markEntryScored(EvaluationIndex.Row row) {
    entryScored[row.id()] = true;
  }

  /** The table's indicator of this code, or null. */
  Indicator byCode(String code) {
    EvaluationIndex.Row row = index.rowOrNull(code);
    return row == null ? null : row.indicator().orElse(null);
  }

  /** The table's children of this code, or null when it has none (a leaf, or unknown). */
  List<Indicator> children(String code) {
    EvaluationIndex.Row row = index.rowOrNull(code);
    return row == null || !row.hasChildren() ? null : row.children();
  }

  /** The sum of the weights of the table's leaves under {@code code} (its own, if a leaf). */
  BigDecimal leafSum(String code) {
    return index.leafSum(code);
  }

  /** Notes every indicator the walk left unused and every deduction of an unscored entry. */
  void noteWhatWasNotScored(String rulebookId, List<Message> notes) {
    for (Indicator i : evaluation.getIndicators()) {
      if (!used[index.rowOrNull(i.getCode()).id()]) {
        notes.add(Message.of("note.unscored-indicator",
            Argument.text("code", Echo.text(i.getCode())),
            Argument.text("name", Echo.phrase(i.getName())),
            Argument.text("rulebook", Echo.text(rulebookId))));
      }
    }
    for (Deduction d : evaluation.getDeductions()) {
      if (!entryScored[index.rowOrNull(d.getIndicatorCode()).id()]) {
        notes.add(Message.of("note.unscored-deduction",
            Argument.text("code", Echo.text(d.getIndicatorCode())),
            Argument.number("points", d.getPoints()),
            Argument.text("reason", Echo.phrase(d.getReason()))));
      }
    }
  }
}
