package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation's table by code (自评表索引), for one scoring: each code's indicator, its
 * children in the table's order, its entry (填报) and its deductions (扣分), and what the walk has
 * used of it. Indexed once, in one pass over each of the evaluation's lists.
 */
final class EvaluationRows {

  /** What the run knows of one code of the evaluation. */
  static final class Row {
    Indicator indicator;
    List<Indicator> children;
    int childCount;
    IndicatorEntry entry;
    List<Deduction> deductions;
    boolean used;
    boolean entryScored;
  }

  private final SelfEvaluation evaluation;
  // One row per code instead of five maps, so indexing an evaluation costs one hash entry per
  // code.
  private final Map<String, Row> rows;

  EvaluationRows(SelfEvaluation evaluation) {
    this.evaluation = evaluation;
    int size = evaluation.getIndicators().size();
    this.rows = new HashMap<>(size + size / 3 + 1);
    index();
  }

  private Row row(String code) {
    Row row = rows.get(code);
    if (row == null) {
      row = new Row();
      rows.put(code, row);
    }
    return row;
  }

  private void index() {
    List<Indicator> indicators = evaluation.getIndicators();
    Row[] parents = new Row[indicators.size()];
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      row(indicator.getCode()).indicator = indicator;
      Optional<String> parent = indicator.getParentCode();
      if (parent.isPresent()) {
        parents[i] = row(parent.get());
        parents[i].childCount++;
      }
    }
    // Children lists sized exactly: an open group may hold hundreds of the table's indicators.
    for (int i = 0; i < indicators.size(); i++) {
      Row p = parents[i];
      if (p != null) {
        if (p.children == null) {
          p.children = new ArrayList<>(p.childCount);
        }
        p.children.add(indicators.get(i));
      }
    }
    List<IndicatorEntry> entries = evaluation.getEntries();
    for (int e = 0; e < entries.size(); e++) {
      row(entries.get(e).getIndicatorCode()).entry = entries.get(e);
    }
    for (Deduction d : evaluation.getDeductions()) {
      Row r = row(d.getIndicatorCode());
      if (r.deductions == null) {
        r.deductions = new ArrayList<>(2);
      }
      r.deductions.add(d);
    }
  }

  /** The row of a code, or null when the evaluation never names it. */
  Row get(String code) {
    return rows.get(code);
  }

  /** The table's indicator of this code, or null. */
  Indicator byCode(String code) {
    Row row = rows.get(code);
    return row == null ? null : row.indicator;
  }

  /** The table's children of this code, or null when it has none (a leaf, or unknown). */
  List<Indicator> children(String code) {
    Row row = rows.get(code);
    return row == null ? null : row.children;
  }

  /** The sum of the weights of the table's leaves under {@code code} (its own, if a leaf). */
  BigDecimal leafSum(String code) {
    Row row = rows.get(code);
    if (row.children == null) {
      return row.indicator.getWeight();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator child : row.children) {
      sum = sum.add(leafSum(child.getCode()));
    }
    return sum;
  }

  /** Adds the table's leaves under {@code code}, in the table's order, to {@code into}. */
  void collectLeaves(String code, List<Indicator> into) {
    for (Indicator child : rows.get(code).children) {
      if (rows.get(child.getCode()).children == null) {
        into.add(child);
      } else {
        collectLeaves(child.getCode(), into);
      }
    }
  }

  /** Notes every indicator the walk left unused and every deduction of an unscored entry. */
  void noteWhatWasNotScored(String rulebookId, List<Message> notes) {
    for (Indicator i : evaluation.getIndicators()) {
      if (!rows.get(i.getCode()).used) {
        notes.add(Message.of("note.unscored-indicator",
            Argument.text("code", Echo.text(i.getCode())),
            Argument.text("name", Echo.phrase(i.getName())),
            Argument.text("rulebook", Echo.text(rulebookId))));
      }
    }
    for (Deduction d : evaluation.getDeductions()) {
      if (!rows.get(d.getIndicatorCode()).entryScored) {
        notes.add(Message.of("note.unscored-deduction",
            Argument.text("code", Echo.text(d.getIndicatorCode())),
            Argument.number("points", d.getPoints()),
            Argument.text("reason", Echo.phrase(d.getReason()))));
      }
    }
  }
}
