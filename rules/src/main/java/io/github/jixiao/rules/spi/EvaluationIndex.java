package io.github.jixiao.rules.spi;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.SelfEvaluation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The index of a self-evaluation's table (自评表索引): for every code the evaluation names, its
 * indicator and position, its children in the table's order, the unit's entry (填报) and the
 * deductions (扣分) against it. Built once, in one pass over each of the evaluation's lists, and
 * shared by the scorer and the checks of one review ({@link CheckContext#index()}); immutable and
 * safe to read from any thread.
 *
 * <pre>{@code
 * EvaluationIndex index = EvaluationIndex.of(evaluation);
 * ScoreCard card = plan.score(index);                                  // a compiled plan
 * Checks.standard().run(CheckContext.of(index, rulebook, () -> card));  // the same index
 * }</pre>
 */
public final class EvaluationIndex {

  /**
   * One code of the table (自评表行): its indicator, children, entry and deductions. Filled while the
   * index is built and never changed after, so it is safe to read from any thread once the index
   * is published.
   */
  public static final class Row {
    private final int id;
    private Indicator indicator;
    private int position = -1;
    private List<Indicator> children;
    private List<Integer> childPositions;
    private int childCount;
    private IndicatorEntry entry;
    private int entryPosition = -1;
    private List<Deduction> deductions;

    private Row(int id) {
      this.id = id;
    }

    /**
     * A number from 0 to {@link EvaluationIndex#size()} − 1, this code's own in this index: for a
     * caller that keeps state per code in an array.
     */
    public int id() {
      return id;
    }

    /** The table's indicator with this code; absent when only an entry or deduction names it. */
    public Optional<Indicator> indicator() {
      return Optional.ofNullable(indicator);
    }

    /** Its position in the evaluation's indicators, or −1. */
    public int position() {
      return position;
    }

    /** The table's indicators whose parent is this code, in the table's order; empty for a leaf. */
    public List<Indicator> children() {
      return children == null ? List.of() : children;
    }

    /** The positions in the evaluation's indicators of {@link #children()}, in order. */
    public List<Integer> childPositions() {
      return childPositions == null ? List.of() : childPositions;
    }

    /** Whether the table gives this code any child: a group, not a leaf. */
    public boolean hasChildren() {
      return children != null;
    }

    /** The unit's entry for this code, if any. */
    public Optional<IndicatorEntry> entry() {
      return Optional.ofNullable(entry);
    }

    /** Its entry's position in the evaluation's entries, or −1. */
    public int entryPosition() {
      return entryPosition;
    }

    /** The deductions against this code, in the evaluation's order; empty when none. */
    public List<Deduction> deductions() {
      return deductions == null ? List.of() : deductions;
    }
  }

  private final SelfEvaluation evaluation;
  private final Map<String, Row> rows;
  private final Map<String, BigDecimal> deductionTotals = new HashMap<>();

  private EvaluationIndex(SelfEvaluation evaluation) {
    this.evaluation = evaluation;
    int size = evaluation.getIndicators().size();
    this.rows = new HashMap<>(size + size / 3 + 1);
    index();
  }

  /** Indexes {@code evaluation}, in time linear in its size. */
  public static EvaluationIndex of(SelfEvaluation evaluation) {
    return new EvaluationIndex(Objects.requireNonNull(evaluation, "evaluation"));
  }

  private Row rowFor(String code) {
    Row row = rows.get(code);
    if (row == null) {
      row = new Row(rows.size());
      rows.put(code, row);
    }
    return row;
  }

  private void index() {
    List<Indicator> indicators = evaluation.getIndicators();
    Row[] parents = new Row[indicators.size()];
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      Row own = rowFor(indicator.getCode());
      own.indicator = indicator; // a repeated code (JX-204): the last one, as JSON reads a key
      own.position = i;
      Optional<String> parent = indicator.getParentCode();
      if (parent.isPresent()) {
        parents[i] = rowFor(parent.get());
        parents[i].childCount++;
      }
    }
    // Children lists sized exactly: an open group may hold hundreds of the table's indicators.
    for (int i = 0; i < indicators.size(); i++) {
      Row p = parents[i];
      if (p != null) {
        if (p.children == null) {
          p.children = new ArrayList<>(p.childCount);
          p.childPositions = new ArrayList<>(p.childCount);
        }
        p.children.add(indicators.get(i));
        p.childPositions.add(i);
      }
    }

    List<IndicatorEntry> entries = evaluation.getEntries();
    for (int e = 0; e < entries.size(); e++) {
      Row r = rowFor(entries.get(e).getIndicatorCode());
      r.entry = entries.get(e);
      r.entryPosition = e;
    }
    for (Deduction d : evaluation.getDeductions()) {
      Row r = rowFor(d.getIndicatorCode());
      if (r.deductions == null) {
        r.deductions = new ArrayList<>(2);
      }
      r.deductions.add(d);
      deductionTotals.merge(d.getIndicatorCode(), d.getPoints(), BigDecimal::add);
    }
    for (Row r : rows.values()) { // read-only from here on
      if (r.children != null) {
        r.children = Collections.unmodifiableList(r.children);
        r.childPositions = Collections.unmodifiableList(r.childPositions);
      }
      if (r.deductions != null) {
        r.deductions = Collections.unmodifiableList(r.deductions);
      }
    }
  }

  /** The evaluation indexed. */
  public SelfEvaluation evaluation() {
    return evaluation;
  }

  /** How many codes the evaluation names (indicators, entries and deductions together). */
  public int size() {
    return rows.size();
  }

  /** What the evaluation holds for {@code code}, if it names it at all. */
  public Optional<Row> row(String code) {
    return Optional.ofNullable(rows.get(code));
  }

  /** The row of {@code code}, or null when the evaluation never names it. */
  public Row rowOrNull(String code) {
    return rows.get(code);
  }

  /** The table's indicator with {@code code}. */
  public Optional<Indicator> indicator(String code) {
    Row row = rows.get(code);
    return row == null ? Optional.empty() : row.indicator();
  }

  /** The position in the evaluation's indicators of the indicator with {@code code}. */
  public Optional<Integer> indicatorIndex(String code) {
    Row row = rows.get(code);
    return row == null || row.position < 0 ? Optional.empty() : Optional.of(row.position);
  }

  /** The unit's entry for the indicator with {@code code}. */
  public Optional<IndicatorEntry> entry(String code) {
    Row row = rows.get(code);
    return row == null ? Optional.empty() : row.entry();
  }

  /** The position in the evaluation's entries of the entry for {@code code}. */
  public Optional<Integer> entryIndex(String code) {
    Row row = rows.get(code);
    return row == null || row.entryPosition < 0 ? Optional.empty()
        : Optional.of(row.entryPosition);
  }

  /** The table's indicators whose parent code is {@code code}, in order; empty for a leaf. */
  public List<Indicator> children(String code) {
    Row row = rows.get(code);
    return row == null ? List.of() : row.children();
  }

  /** Whether no indicator of the table has {@code code} as its parent. */
  public boolean isLeaf(String code) {
    Row row = rows.get(code);
    return row == null || row.children == null;
  }

  /** The points deducted from the indicator with {@code code}, zero when none. */
  public BigDecimal deductionTotal(String code) {
    return deductionTotals.getOrDefault(code, BigDecimal.ZERO);
  }

  /** The sum of the weights of the table's leaves under {@code code} (its own, if a leaf). */
  public BigDecimal leafSum(String code) {
    Row row = rows.get(code);
    if (row == null || row.indicator == null) {
      return BigDecimal.ZERO;
    }
    if (row.children == null) {
      return row.indicator.getWeight();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator child : row.children) {
      sum = sum.add(leafSum(child.getCode()));
    }
    return sum;
  }
}
