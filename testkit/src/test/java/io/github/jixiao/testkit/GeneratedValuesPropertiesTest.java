package io.github.jixiao.testkit;

import static io.github.jixiao.testkit.quicktheories.QuickTheoriesGens.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Duty;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.StatedFigure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the generators promise: values that build, weights that add up to exactly 100, budgets
 * whose parts agree, entries inside their bands, evaluations consistent with themselves. The
 * expectations are recomputed here from the methodology, independently of the generators.
 */
class GeneratedValuesPropertiesTest {

  private static final BigDecimal HUNDRED = new BigDecimal("100.00");

  @Test
  void theWeightsOfEveryTableAddUpToExactlyOneHundredAndEveryGroupToItsChildren() {
    qt().forAll(of(JixiaoGens.indicatorTables())).checkAssert(table -> {
      assertWeightsAddUp(table);
      assertThat(table).allSatisfy(i -> {
        assertThat(i.getWeight()).isPositive();
        assertThat(i.getWeight().stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
      });
      assertThat(table).extracting(Indicator::getCode).doesNotHaveDuplicates();
    });
  }

  @Test
  void anOpenTableKeepsTheRulebooksGroupsAndFillsEachChildlessOneWithLeavesThatAddUpToIt() {
    // The MoF project table (财预〔2020〕10号): 预算执行率 10, 产出 50, 效益 30, 满意度 10; 产出 fixed
    // down to level 2, the rest filled by the evaluation.
    List<Indicator> groups = List.of(
        group("1", 1, null, "10", "预算执行率"), group("2", 1, null, "50", "产出"),
        group("2.1", 2, "2", "20", "数量指标"), group("2.2", 2, "2", "15", "质量指标"),
        group("2.3", 2, "2", "10", "时效指标"), group("2.4", 2, "2", "5", "成本指标"),
        group("3", 1, null, "30", "效益"), group("4", 1, null, "10", "满意度"));

    qt().forAll(of(JixiaoGens.indicatorTables(groups))).checkAssert(table -> {
      assertThat(table.subList(0, groups.size())).isEqualTo(groups);
      assertWeightsAddUp(table);
      for (Indicator group : List.of(groups.get(0), groups.get(2), groups.get(5), groups.get(7))) {
        assertThat(table).filteredOn(i -> i.getParentCode().equals(Optional.of(group.getCode())))
            .isNotEmpty()
            .allSatisfy(leaf -> assertThat(leaf.getLevel()).isEqualTo(group.getLevel() + 1));
      }
    });
  }

  @Test
  void aBudgetsPartsAgreeAndNothingIsExecutedAboveItsBudget() {
    qt().forAll(of(JixiaoGens.budgets())).checkAssert(budget -> {
      assertThat(budget.getExecuted()).isBetween(BigDecimal.ZERO, budget.getFullYear());
      budget.getBasic().ifPresent(basic -> {
        BudgetLine project = budget.getProject().orElseThrow();
        assertThat(basic.getBudget().add(project.getBudget())).isEqualByComparingTo(budget.getFullYear());
        assertThat(basic.getExecuted().add(project.getExecuted())).isEqualByComparingTo(budget.getExecuted());
      });
      budget.getPersonnel().ifPresent(personnel -> {
        BudgetLine basic = budget.getBasic().orElseThrow();
        BudgetLine operating = budget.getOperating().orElseThrow();
        assertThat(personnel.getBudget().add(operating.getBudget())).isEqualByComparingTo(basic.getBudget());
        assertThat(personnel.getExecuted().add(operating.getExecuted())).isEqualByComparingTo(basic.getExecuted());
      });
      assertThat(lines(budget)).allSatisfy(line -> {
        assertThat(line.getExecuted()).isBetween(BigDecimal.ZERO, line.getBudget());
        assertThat(line.getBudget().scale()).isEqualTo(2);
      });
      budget.getCarryOver().ifPresent(carry -> assertThat(carry.getAtEnd())
          .isEqualByComparingTo(budget.getFullYear().subtract(budget.getExecuted())));
      budget.getInitial().ifPresent(initial -> assertThat(initial.add(budget.getAdjustments().orElseThrow()))
          .isEqualByComparingTo(budget.getFullYear()));
    });
  }

  @Test
  void deductionsNeverTakeMoreThanTheirIndicatorsWeight() {
    qt().forAll(of(JixiaoGens.indicatorTables().flatMap(table ->
        JixiaoGens.deductions(table).map(deductions -> Map.entry(table, deductions)))))
        .checkAssert(pair -> {
          Map<String, BigDecimal> weights = weights(pair.getKey());
          Map<String, BigDecimal> taken = pair.getValue().stream().collect(Collectors.toMap(
              Deduction::getIndicatorCode, Deduction::getPoints, BigDecimal::add));
          taken.forEach((code, points) -> assertThat(points).isLessThanOrEqualTo(weights.get(code)));
          assertThat(pair.getValue()).allSatisfy(d -> assertThat(d.getPoints()).isPositive());
        });
  }

  @Test
  void everyLeafHasOneEntryClaimingItsFormulasPointsOrAPointInsideItsQualitativeBand() {
    qt().forAll(of(JixiaoGens.indicatorTables().flatMap(table ->
        JixiaoGens.entries(table).map(entries -> Map.entry(table, entries)))))
        .checkAssert(pair -> assertEntriesAgreeWith(pair.getKey(), pair.getValue(), List.of()));
  }

  @Test
  void aGeneratedSelfEvaluationIsConsistentWithItself() {
    qt().withExamples(200).forAll(of(JixiaoGens.selfEvaluations())).checkAssert(evaluation -> {
      assertWeightsAddUp(evaluation.getIndicators());
      assertEntriesAgreeWith(evaluation.getIndicators(), evaluation.getEntries(),
          evaluation.getDeductions());
      BigDecimal total = evaluation.getEntries().stream()
          .map(e -> e.getClaimedScore().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(evaluation.getClaimedTotal()).hasValueSatisfying(
          claimed -> assertThat(claimed).isEqualByComparingTo(total).isBetween(BigDecimal.ZERO, HUNDRED));
      assertThat(evaluation.getClaimedGrade()).contains(centralGrade(total));

      Set<String> duties = evaluation.getDepartment().getDuties().stream().map(Duty::getCode)
          .collect(Collectors.toSet());
      assertThat(evaluation.getTasks()).allSatisfy(task ->
          assertThat(task.getDutyCodes()).isNotEmpty().doesNotHaveDuplicates().isSubsetOf(duties));
      assertThat(evaluation.getStatedFigures()).allSatisfy(GeneratedValuesPropertiesTest::assertRateRecomputes);
      evaluation.getDepartment().getStaffing().ifPresent(staffing ->
          assertThat(staffing.getStaffInPost()).isLessThanOrEqualTo(staffing.getAuthorisedPosts()));
      if (evaluation.getNarrativeClaims().stream().anyMatch(c -> c.getKind() == ClaimKind.ALL_TARGETS_MET)) {
        assertThat(evaluation.getEntries()).allSatisfy(e -> assertThat(e.getDeviationReason()).isEmpty());
      }
    });
  }

  @Test
  void theSeedsFiguresAreWhatTheFormulasGive() {
    // 预算完成率: 3212.37 ÷ 3306.19 → 97.16 %, 10 points × 0.9716… → 9.72.
    assertThat(Percentage.ofRatio(new BigDecimal("3212.37"), new BigDecimal("3306.19"), 2))
        .hasValueSatisfying(rate -> assertThat(rate).hasToString("97.16%"));
    assertThat(formula(Direction.AT_LEAST, "10", "100", "97.16")).isEqualByComparingTo("9.72");
    // 反向: 在职人员控制率 102 % against ≤ 100 %, weight 5 → 5 × 100 ÷ 102 = 4.90.
    assertThat(formula(Direction.AT_MOST, "5", "100", "102")).isEqualByComparingTo("4.90");
    // 等于 with target 0: 预算调整率 0 → full, anything above → nothing.
    assertThat(formula(Direction.EQUAL, "3", "0", "0")).isEqualByComparingTo("3");
    assertThat(formula(Direction.EQUAL, "3", "0", "0.01")).isEqualByComparingTo("0");
  }

  // --- independent expectations ---------------------------------------------------------------

  static void assertWeightsAddUp(List<Indicator> table) {
    Map<String, BigDecimal> childSums = new HashMap<>();
    BigDecimal roots = BigDecimal.ZERO;
    Map<String, Indicator> seen = new HashMap<>();
    for (Indicator indicator : table) {
      if (indicator.getParentCode().isEmpty()) {
        roots = roots.add(indicator.getWeight());
      } else {
        String parent = indicator.getParentCode().get();
        assertThat(seen).as("parent of %s comes first", indicator.getCode()).containsKey(parent);
        assertThat(indicator.getLevel()).isEqualTo(seen.get(parent).getLevel() + 1);
        childSums.merge(parent, indicator.getWeight(), BigDecimal::add);
      }
      seen.put(indicator.getCode(), indicator);
    }
    assertThat(roots).isEqualByComparingTo(HUNDRED);
    childSums.forEach((parent, sum) ->
        assertThat(sum).as("children of %s", parent).isEqualByComparingTo(seen.get(parent).getWeight()));
  }

  static void assertEntriesAgreeWith(List<Indicator> table, List<IndicatorEntry> entries,
      List<Deduction> deductions) {
    Set<String> parents = table.stream().flatMap(i -> i.getParentCode().stream())
        .collect(Collectors.toSet());
    List<Indicator> leaves = table.stream().filter(i -> !parents.contains(i.getCode())).toList();
    assertThat(entries).extracting(IndicatorEntry::getIndicatorCode)
        .containsExactlyElementsOf(leaves.stream().map(Indicator::getCode).toList());
    Map<String, BigDecimal> deducted = deductions.stream().collect(Collectors.toMap(
        Deduction::getIndicatorCode, Deduction::getPoints, BigDecimal::add));
    for (int i = 0; i < leaves.size(); i++) {
      Indicator leaf = leaves.get(i);
      IndicatorEntry entry = entries.get(i);
      BigDecimal claimed = entry.getClaimedScore().orElseThrow();
      assertThat(claimed).isBetween(BigDecimal.ZERO, leaf.getWeight());
      assertThat(claimed.scale()).isEqualTo(2);
      boolean met;
      if (leaf.getKind() == IndicatorKind.QUALITATIVE) {
        QualitativeLevel level = entry.getLevel().orElseThrow();
        BigDecimal share = claimed.divide(leaf.getWeight(), 10, RoundingMode.HALF_UP);
        switch (level) {
          case ACHIEVED -> assertThat(share).isBetween(new BigDecimal("0.8"), BigDecimal.ONE);
          case PARTLY_ACHIEVED -> assertThat(share).isGreaterThanOrEqualTo(new BigDecimal("0.6"))
              .isLessThan(new BigDecimal("0.8"));
          case NOT_ACHIEVED -> assertThat(share).isLessThan(new BigDecimal("0.6"));
        }
        met = level == QualitativeLevel.ACHIEVED;
        assertThat(deducted).doesNotContainKey(leaf.getCode());
      } else {
        BigDecimal actual = entry.getActual().orElseThrow();
        BigDecimal target = leaf.getTarget().orElseThrow();
        BigDecimal expected = formula(leaf.getDirection().orElseThrow(), leaf.getWeight().toPlainString(),
            target.toPlainString(), actual.toPlainString())
            .subtract(deducted.getOrDefault(leaf.getCode(), BigDecimal.ZERO)).max(BigDecimal.ZERO);
        assertThat(claimed).isEqualByComparingTo(expected);
        int against = actual.compareTo(target);
        met = switch (leaf.getDirection().orElseThrow()) {
          case AT_LEAST -> against >= 0;
          case AT_MOST -> against <= 0;
          case EQUAL -> against == 0;
        };
      }
      assertThat(entry.getDeviationReason().isPresent()).as("deviation reason of %s", leaf.getCode())
          .isEqualTo(!met);
    }
  }

  /** The methodology's table of rules, written out again: 正向, 反向 ratio, 等于. */
  private static BigDecimal formula(Direction direction, String weightText, String targetText,
      String actualText) {
    BigDecimal weight = new BigDecimal(weightText);
    BigDecimal target = new BigDecimal(targetText);
    BigDecimal actual = new BigDecimal(actualText);
    BigDecimal points;
    if (direction == Direction.AT_MOST) {
      points = actual.compareTo(target) <= 0 ? weight
          : weight.multiply(target).divide(actual, 20, RoundingMode.HALF_UP);
    } else if (direction == Direction.EQUAL && target.signum() == 0) {
      points = actual.signum() <= 0 ? weight : BigDecimal.ZERO;
    } else {
      points = weight.multiply(actual.min(target)).divide(target, 20, RoundingMode.HALF_UP);
    }
    return points.setScale(2, RoundingMode.HALF_UP);
  }

  private static Grade centralGrade(BigDecimal total) {
    return total.compareTo(new BigDecimal("90")) >= 0 ? Grade.EXCELLENT
        : total.compareTo(new BigDecimal("80")) >= 0 ? Grade.GOOD
        : total.compareTo(new BigDecimal("60")) >= 0 ? Grade.FAIR : Grade.POOR;
  }

  private static void assertRateRecomputes(StatedFigure figure) {
    assertThat(figure.getStatedValue().stripTrailingZeros().scale())
        .isLessThanOrEqualTo(figure.getPrecision());
    if (figure.getKind() == FigureKind.RATE && figure.getNumerator().isPresent()) {
      assertThat(Percentage.ofRatio(figure.getNumerator().get(), figure.getDenominator().orElseThrow(),
          figure.getPrecision())).hasValueSatisfying(rate ->
              assertThat(rate.value()).isEqualByComparingTo(figure.getStatedValue()));
    }
  }

  private static List<BudgetLine> lines(Budget budget) {
    return Stream.of(budget.getBasic(), budget.getProject(), budget.getPersonnel(),
        budget.getOperating(), budget.getProcurement())
        .flatMap(Optional::stream).toList();
  }

  private static Map<String, BigDecimal> weights(List<Indicator> table) {
    return table.stream().collect(Collectors.toMap(Indicator::getCode, Indicator::getWeight));
  }

  private static Indicator group(String code, int level, String parent, String weight, String name) {
    Indicator.Builder group = Indicator.builder().code(code).name(name).level(level)
        .weight(new BigDecimal(weight)).kind(IndicatorKind.QUALITATIVE);
    if (parent != null) {
      group.parentCode(parent);
    }
    return group.build();
  }
}
