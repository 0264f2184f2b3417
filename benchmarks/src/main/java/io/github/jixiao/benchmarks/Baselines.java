package io.github.jixiao.benchmarks;

import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Duty;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.Task;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The baselines (基线): what a careful programmer would write by hand to score and check the
 * benchmarks' evaluations with plain {@code BigDecimal} arithmetic and no framework — the floor
 * against which Jixiao's cost is a ratio. They read the same {@link SelfEvaluation} values, index
 * them the same way a hand-written pass must (a map by code), and do the same arithmetic at the same
 * scales as the rules (quotients at 10 decimals, rates at 6, points rounded to 2 half up); they
 * explain nothing and build no result objects, which is what Jixiao's score card and check report
 * add.
 */
public final class Baselines {

  /** The check codes {@link #check} covers. */
  public static final Set<String> CHECKED = Set.of("JX-101", "JX-103", "JX-201", "JX-202",
      "JX-203", "JX-205", "JX-206", "JX-207", "JX-401", "JX-404", "JX-405", "JX-406", "JX-501",
      "JX-502");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal NINETY = BigDecimal.valueOf(90);
  private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");
  private static final int WORKING_SCALE = 10;
  private static final int RATE_SCALE = 6;

  private Baselines() {}

  /**
   * Proportional points (正向, 按比例): weight × min(actual ÷ target, 1), the quotient at 10
   * decimals, rounded to 2 half up; the rules' {@code proportional} rule.
   */
  public static BigDecimal proportional(BigDecimal weight, BigDecimal actual, BigDecimal target) {
    if (actual.compareTo(target) >= 0) {
      return weight.setScale(2, RoundingMode.HALF_UP);
    }
    BigDecimal points = weight.multiply(actual).divide(target, WORKING_SCALE, RoundingMode.HALF_UP);
    return (points.signum() < 0 ? BigDecimal.ZERO : points).setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * The total of a project evaluation of {@link Evaluations#project(int, long)} under the MoF
   * project rulebook: 预算执行率 (10 × executed ÷ budget, the rate at 6 decimals, at most 10) plus
   * the proportional points of every quantitative leaf, summed.
   */
  public static BigDecimal scoreProject(SelfEvaluation evaluation) {
    Map<String, IndicatorEntry> entries = entriesByCode(evaluation);
    BigDecimal total = proportional(BigDecimal.TEN, executionRate(evaluation), HUNDRED);
    for (Indicator indicator : evaluation.getIndicators()) {
      if (indicator.getLevel() == 2 && indicator.getKind() == IndicatorKind.QUANTITATIVE) {
        BigDecimal actual = entries.get(indicator.getCode()).getActual().orElseThrow();
        total = total.add(proportional(indicator.getWeight(), actual,
            indicator.getTarget().orElseThrow()));
      }
    }
    return total;
  }

  /**
   * The total of {@link Evaluations#seed()} under the reconstructed Guangzhou 2021 rulebook, each
   * indicator's rule written out: 重点工作办结率 and 预算完成率 proportional to 100 % of their
   * computed rates, 履职效果 the claimed points kept inside the 达成 band, "三公经费"控制率 −1 per
   * point over 100 %, the rest weight − deductions, floored at 0.
   */
  public static BigDecimal scoreSeed(SelfEvaluation evaluation) {
    Map<String, IndicatorEntry> entries = entriesByCode(evaluation);
    Map<String, BigDecimal> deducted = deductionsByCode(evaluation);
    BigDecimal total = BigDecimal.ZERO;
    for (Indicator indicator : evaluation.getIndicators()) {
      BigDecimal weight = indicator.getWeight();
      BigDecimal points;
      switch (indicator.getCode()) {
        case "1", "2", "2.1" -> {
          continue;
        }
        case "1.1" -> points = proportional(weight, keyTaskCompletion(evaluation), HUNDRED);
        case "1.2" -> points = qualitative(weight, entries.get("1.2"));
        case "2.1.1" -> points = proportional(weight, executionRate(evaluation), HUNDRED);
        case "2.1.2" -> {
          // No 三公 figures in the report: missing input, no points.
          IndicatorEntry entry = entries.get("2.1.2");
          BigDecimal actual = entry == null ? null : entry.getActual().orElse(null);
          BigDecimal over = actual == null ? null : actual.subtract(HUNDRED);
          points = over == null ? BigDecimal.ZERO
              : floorAtZero(over.signum() <= 0 ? weight : weight.subtract(over));
        }
        default -> points = floorAtZero(weight.subtract(
            deducted.getOrDefault(indicator.getCode(), BigDecimal.ZERO)));
      }
      total = total.add(points.setScale(2, RoundingMode.HALF_UP));
    }
    return total;
  }

  /**
   * A hand-written pass of the reviewer's arithmetic checks, returning the codes of the checks that
   * found something: JX-101 stated rates recomputed at their precision, JX-103 executed above
   * budget, JX-201 claimed scores within [0, weight], JX-202 deductions within the weight, JX-203
   * children's weights to their parent and roots to 100, JX-205 parent codes exist, JX-206 claimed
   * total vs Σ claimed, JX-207 claimed grade vs the central scale, JX-401 "every target met" vs
   * the execution rate and the leaves, JX-404 claimed score vs execution, JX-405 low execution
   * unexplained (by a deviation reason on the execution-rate indicator, or any listed problem), JX-406 missed targets without a reason, JX-501/502 tasks vs duties. It does not
   * format messages, paths or expected/actual values, nor check the budget's lines, 三公 items,
   * payments or projects (the benchmarks' evaluations have none), nor problems vs full points.
   */
  public static Set<String> check(SelfEvaluation evaluation) {
    Set<String> found = new TreeSet<>();
    Map<String, Indicator> byCode = new HashMap<>();
    Map<String, BigDecimal> childWeights = new HashMap<>();
    for (Indicator indicator : evaluation.getIndicators()) {
      byCode.put(indicator.getCode(), indicator);
      indicator.getParentCode().ifPresent(p -> childWeights.merge(p, indicator.getWeight(),
          BigDecimal::add));
    }
    Map<String, IndicatorEntry> entries = entriesByCode(evaluation);
    Map<String, BigDecimal> deducted = deductionsByCode(evaluation);

    for (StatedFigure figure : evaluation.getStatedFigures()) {
      if (figure.getKind() == FigureKind.RATE && figure.getDenominator().isPresent()
          && figure.getDenominator().get().signum() != 0) {
        BigDecimal rate = figure.getNumerator().orElseThrow().multiply(HUNDRED)
            .divide(figure.getDenominator().get(), figure.getPrecision(), RoundingMode.HALF_UP);
        flag(found, "JX-101", rate.compareTo(figure.getStatedValue()) != 0);
      }
    }
    BigDecimal rate = executionRate(evaluation);
    flag(found, "JX-103", rate.compareTo(HUNDRED) > 0);

    BigDecimal roots = BigDecimal.ZERO;
    BigDecimal claimed = BigDecimal.ZERO;
    boolean everyLeafClaimed = true;
    boolean belowTarget = false;
    boolean explained = !evaluation.getProblems().isEmpty();
    for (Indicator indicator : evaluation.getIndicators()) {
      BigDecimal weight = indicator.getWeight();
      String code = indicator.getCode();
      if (indicator.getParentCode().isEmpty()) {
        roots = roots.add(weight);
      } else {
        flag(found, "JX-205", !byCode.containsKey(indicator.getParentCode().get()));
      }
      BigDecimal children = childWeights.get(code);
      flag(found, "JX-203", children != null && children.compareTo(weight) != 0);
      flag(found, "JX-202", deducted.getOrDefault(code, BigDecimal.ZERO).compareTo(weight) > 0);
      IndicatorEntry entry = entries.get(code);
      if (children == null && (entry == null || entry.getClaimedScore().isEmpty())) {
        everyLeafClaimed = false;
      }
      if (entry == null || children != null) {
        continue;
      }
      explained |= indicator.getFormula().filter("execution-rate"::equals).isPresent()
          && entry.getDeviationReason().isPresent();
      if (entry.getClaimedScore().isPresent()) {
        BigDecimal score = entry.getClaimedScore().get();
        flag(found, "JX-201", score.signum() < 0 || score.compareTo(weight) > 0);
        claimed = claimed.add(score);
      }
      if (missed(indicator, entry)) {
        belowTarget = true;
        flag(found, "JX-406", entry.getDeviationReason().isEmpty());
      }
    }
    flag(found, "JX-203", roots.compareTo(HUNDRED) != 0);
    BigDecimal total = evaluation.getClaimedTotal().orElse(null);
    if (total != null) {
      // As JX-206: the total is held to the claims only when every leaf has one.
      flag(found, "JX-206", everyLeafClaimed && total.compareTo(claimed) != 0);
      evaluation.getClaimedGrade().ifPresent(g -> flag(found, "JX-207",
          g != Evaluations.grade(total)));
      BigDecimal performance = total.divide(NINETY, WORKING_SCALE, RoundingMode.HALF_UP);
      flag(found, "JX-404", performance.signum() > 0 && performance.subtract(rate.movePointLeft(2))
          .divide(performance, WORKING_SCALE, RoundingMode.HALF_UP).compareTo(FIVE_PERCENT) > 0);
    }
    boolean lowExecution = rate.compareTo(NINETY) < 0;
    flag(found, "JX-405", lowExecution && !explained);
    for (NarrativeClaim claim : evaluation.getNarrativeClaims()) {
      flag(found, "JX-401", claim.getKind() == ClaimKind.ALL_TARGETS_MET
          && (rate.compareTo(HUNDRED) < 0 || belowTarget));
    }
    Set<String> served = new HashSet<>();
    Set<String> duties = new HashSet<>();
    for (Duty duty : evaluation.getDepartment().getDuties()) {
      duties.add(duty.getCode());
    }
    for (Task task : evaluation.getTasks()) {
      served.addAll(task.getDutyCodes());
      flag(found, "JX-501", task.isKey() && !duties.containsAll(task.getDutyCodes()));
    }
    flag(found, "JX-502", !evaluation.getTasks().isEmpty() && !served.containsAll(duties));
    return found;
  }

  private static boolean missed(Indicator indicator, IndicatorEntry entry) {
    if (indicator.getKind() != IndicatorKind.QUANTITATIVE || entry.getActual().isEmpty()
        || indicator.getTarget().isEmpty()) {
      return false;
    }
    int against = entry.getActual().get().compareTo(indicator.getTarget().get());
    return switch (indicator.getDirection().orElse(Direction.AT_LEAST)) {
      case AT_LEAST -> against < 0;
      case AT_MOST -> against > 0;
      case EQUAL -> against != 0;
    };
  }

  private static void flag(Set<String> found, String code, boolean condition) {
    if (condition) {
      found.add(code);
    }
  }

  private static BigDecimal executionRate(SelfEvaluation evaluation) {
    return evaluation.getBudget().getExecuted().multiply(HUNDRED)
        .divide(evaluation.getBudget().getFullYear(), RATE_SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal keyTaskCompletion(SelfEvaluation evaluation) {
    long planned = 0;
    long completed = 0;
    for (Task task : evaluation.getTasks()) {
      if (task.isKey()) {
        planned += task.getPlannedCount().orElse(0);
        completed += task.getCompletedCount().orElse(0);
      }
    }
    return BigDecimal.valueOf(completed).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(planned), RATE_SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal qualitative(BigDecimal weight, IndicatorEntry entry) {
    BigDecimal low = weight.multiply(entry.getLevel().orElse(QualitativeLevel.NOT_ACHIEVED)
        == QualitativeLevel.ACHIEVED ? new BigDecimal("0.8") : BigDecimal.ZERO);
    BigDecimal claimed = entry.getClaimedScore().orElse(low);
    return claimed.compareTo(low) < 0 ? low : claimed.min(weight);
  }

  private static BigDecimal floorAtZero(BigDecimal points) {
    return points.signum() < 0 ? BigDecimal.ZERO : points;
  }

  private static Map<String, IndicatorEntry> entriesByCode(SelfEvaluation evaluation) {
    Map<String, IndicatorEntry> entries = new HashMap<>();
    for (IndicatorEntry entry : evaluation.getEntries()) {
      entries.put(entry.getIndicatorCode(), entry);
    }
    return entries;
  }

  private static Map<String, BigDecimal> deductionsByCode(SelfEvaluation evaluation) {
    Map<String, BigDecimal> deducted = new HashMap<>();
    for (Deduction deduction : evaluation.getDeductions()) {
      deducted.merge(deduction.getIndicatorCode(), deduction.getPoints(), BigDecimal::add);
    }
    return deducted;
  }
}
