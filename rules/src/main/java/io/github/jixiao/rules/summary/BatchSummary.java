package io.github.jixiao.rules.summary;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The summary of a batch of scored self-evaluations (批量汇总): its units in the order they were
 * added, the grade distribution claimed against computed, the units ranked by inflation, findings
 * by code and the execution-rate histogram, every figure exact. Made by a {@link Builder}, fed one
 * evaluation, card and report at a time; it keeps a {@link SummaryUnit} of a dozen fields per unit
 * and a counter per code, never the documents.
 *
 * <pre>{@code
 * BatchSummary.Builder summary = BatchSummary.builder();
 * for (...) summary.add(file, evaluation, card, checks);
 * BatchSummary done = summary.build();
 * }</pre>
 */
public final class BatchSummary {

  /** The scale of a mean: 2 decimals, half up, as a score is shown. */
  public static final int MEAN_SCALE = 2;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<SummaryUnit> units;
  private final List<CodeCount> findings;

  private BatchSummary(List<SummaryUnit> units, List<CodeCount> findings) {
    this.units = List.copyOf(units);
    this.findings = List.copyOf(findings);
  }

  /** An empty summary to add to. */
  public static Builder builder() {
    return new Builder();
  }

  /** The units, in the order they were added. */
  public List<SummaryUnit> units() {
    return units;
  }

  /**
   * The units with both a claimed and a computed total, most inflated first (claimed − computed,
   * exactly; a tie in the order they were added).
   */
  public List<SummaryUnit> byInflation() {
    return units.stream().filter(u -> u.inflation().isPresent())
        .sorted(Comparator.comparing((SummaryUnit u) -> u.inflation().orElseThrow()).reversed())
        .toList();
  }

  /** The four grades, 优 first, each with how many units claim it and are given it. */
  public List<GradeCount> grades() {
    List<GradeCount> counts = new ArrayList<>();
    for (Grade grade : Grade.values()) {
      int claimed = (int) units.stream().filter(u -> u.claimedGrade().equals(Optional.of(grade)))
          .count();
      int computed = (int) units.stream()
          .filter(u -> u.computedGrade().equals(Optional.of(grade))).count();
      counts.add(new GradeCount(grade, claimed, computed));
    }
    return counts;
  }

  /** Units that claim no grade. */
  public int withoutClaimedGrade() {
    return (int) units.stream().filter(u -> u.claimedGrade().isEmpty()).count();
  }

  /** Units the rules give no grade (a card without a total). */
  public int withoutComputedGrade() {
    return (int) units.stream().filter(u -> u.computedGrade().isEmpty()).count();
  }

  /** Every code found, most findings first, then by code. */
  public List<CodeCount> findingsByCode() {
    return findings;
  }

  /** Every bin of the histogram, lowest first, each with its units (0 for an empty bin). */
  public List<BinCount> executionRates() {
    Map<RateBin, Integer> counts = new EnumMap<>(RateBin.class);
    for (RateBin bin : RateBin.values()) {
      counts.put(bin, 0);
    }
    units.forEach(u -> u.rateBin().ifPresent(b -> counts.merge(b, 1, Integer::sum)));
    return counts.entrySet().stream().map(e -> new BinCount(e.getKey(), e.getValue())).toList();
  }

  /** Units without an execution rate (a budget of 0). */
  public int withoutExecutionRate() {
    return (int) units.stream().filter(u -> u.executionRate().isEmpty()).count();
  }

  /** The mean claimed total of the units that claim one, 2 decimals half up; empty if none. */
  public Optional<BigDecimal> meanClaimed() {
    return mean(units.stream().flatMap(u -> u.claimedTotal().stream()).toList());
  }

  /** The mean computed total of the units that have one, 2 decimals half up; empty if none. */
  public Optional<BigDecimal> meanComputed() {
    return mean(units.stream().flatMap(u -> u.computedTotal().stream()).toList());
  }

  /** The mean inflation of the units that have both totals, 2 decimals half up; empty if none. */
  public Optional<BigDecimal> meanInflation() {
    return mean(units.stream().flatMap(u -> u.inflation().stream()).toList());
  }

  private static Optional<BigDecimal> mean(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(sum.divide(BigDecimal.valueOf(values.size()), MEAN_SCALE,
        RoundingMode.HALF_UP));
  }

  /** A summary being fed (汇总中): not thread-safe; {@link #build} may be called more than once. */
  public static final class Builder {

    private final List<SummaryUnit> units = new ArrayList<>();
    private final Map<String, Tally> codes = new TreeMap<>();

    private Builder() {}

    /**
     * Adds one scored evaluation.
     *
     * @param file where it was read, as the summary shows it
     * @param evaluation the self-evaluation
     * @param card its score card
     * @param checks the reviewer's findings on it
     * @return this builder
     */
    public Builder add(String file, SelfEvaluation evaluation, ScoreCard card,
        CheckReport checks) {
      Budget budget = evaluation.getBudget();
      BigDecimal fullYear = budget.getFullYear();
      boolean rated = fullYear.signum() > 0;
      Optional<BigDecimal> rate = rated ? Optional.of(budget.getExecuted().multiply(HUNDRED)
          .divide(fullYear, 2, RoundingMode.HALF_UP)) : Optional.empty();
      Optional<RateBin> bin = rated ? Optional.of(RateBin.of(budget.getExecuted(), fullYear))
          : Optional.empty();
      units.add(new SummaryUnit(file, evaluation.getDepartment().getCode(),
          evaluation.getDepartment().getName(), evaluation.getTitle(),
          card.getClaimedTotal().or(evaluation::getClaimedTotal), card.getTotal(),
          card.getClaimedGrade().or(evaluation::getClaimedGrade), card.getGrade(), rate, bin,
          checks.count(Severity.ERROR), checks.count(Severity.WARNING)));
      Set<String> seen = new HashSet<>();
      for (Finding f : checks.getFindings()) {
        Tally tally = codes.computeIfAbsent(f.getCode(), c -> new Tally(f));
        tally.findings++;
        if (seen.add(f.getCode())) {
          tally.units++;
        }
      }
      return this;
    }

    /** The summary of what was added so far. */
    public BatchSummary build() {
      List<CodeCount> counts = new ArrayList<>();
      codes.forEach((code, t) -> counts.add(new CodeCount(code, t.first.getSeverity(),
          CheckCode.find(code).map(CheckCode::description).orElse(t.first.getMessage()),
          t.findings, t.units)));
      counts.sort(Comparator.comparingInt(CodeCount::findings).reversed()
          .thenComparing(CodeCount::code));
      return new BatchSummary(units, counts);
    }
  }

  /** The count of one code as it is fed; keeps its first finding for a plug-in's words. */
  private static final class Tally {
    final Finding first;
    int findings;
    int units;

    Tally(Finding first) {
      this.first = first;
    }
  }
}
