package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;

import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.Task;
import io.github.jixiao.rules.check.Fixture.Draft;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the standard checks over generated evaluations: one built consistent has no error
 * finding, and changing exactly one stated figure yields exactly the finding for it.
 */
class ConsistencyPropertiesTest {

  /** The shape of a generated evaluation; every number is derived from these. */
  record Shape(int groups, int leavesPerGroup, long fullYearFen, int executedPermille) {}

  /** A stated rate's own figures and the precision it is stated at. */
  record Rate(int numerator, int denominator, int precision) {}

  private static final Gen<Shape> SHAPES = integers().between(1, 5).zip(integers().between(1, 5),
      longs().between(1, 99_999_999_999L), integers().between(0, 1000), Shape::new);

  private static final Gen<List<Rate>> RATES = lists().of(integers().between(0, 20_000)
      .zip(integers().between(1, 20_000), integers().between(0, 3), Rate::new))
      .ofSizeBetween(0, 5);

  @Test
  void anEvaluationBuiltConsistentHasNoErrorFinding() {
    qt().forAll(SHAPES, RATES).checkAssert((shape, rates) -> {
      CheckReport report = Checks.standard().run(consistent(shape, rates).build());

      assertThat(report.getFindings()).filteredOn(f -> f.getSeverity() == Severity.ERROR)
          .isEmpty();
      assertThat(report.hasErrors()).isFalse();
    });
  }

  @Test
  void changingExactlyOneStatedFigureYieldsExactlyTheFindingForIt() {
    qt().forAll(SHAPES, RATES, integers().between(0, 1000), integers().between(0, 1))
        .checkAssert((shape, rates, pick, sign) -> {
          Draft draft = consistent(shape, rates);
          List<Finding> before = Checks.standard().run(draft.build()).getFindings();
          int k = pick % draft.figures.size();
          StatedFigure original = draft.figures.get(k);
          BigDecimal step = BigDecimal.ONE.movePointLeft(original.getPrecision());
          BigDecimal changed = sign == 0 || original.getStatedValue().compareTo(step) < 0
              ? original.getStatedValue().add(step) : original.getStatedValue().subtract(step);
          draft.figures.set(k, restated(original, changed));

          List<Finding> all = Checks.standard().run(draft.build()).getFindings();
          List<Finding> after = new ArrayList<>(all);
          after.removeAll(before);

          assertThat(all).hasSize(before.size() + 1).containsAll(before);

          assertThat(after).singleElement().satisfies(f -> {
            assertThat(f.getCode()).isEqualTo("JX-101");
            assertThat(f.getPath()).isEqualTo("$.statedFigures[" + k + "].statedValue");
            assertThat(f.getExpected()).hasValue(original.getStatedValue().toPlainString());
            assertThat(f.getActual()).hasValue(changed.toPlainString());
          });
        });
  }

  /**
   * A consistent evaluation of this shape: roots weighing 100 between them, each with one level-2
   * group and leaves splitting its weight; every leaf at its target with a claimed score within its
   * weight; the claimed total their sum; the execution rate and the given rates stated right; the
   * claim that every target was met only when the budget was fully executed.
   */
  static Draft consistent(Shape shape, List<Rate> rates) {
    Draft draft = new Draft();
    BigDecimal fullYear = BigDecimal.valueOf(shape.fullYearFen(), 2);
    BigDecimal executed = fullYear.multiply(BigDecimal.valueOf(shape.executedPermille()))
        .divide(BigDecimal.valueOf(1000), 2, RoundingMode.DOWN);
    draft.budget = Fixture.budget(fullYear.toPlainString(), executed.toPlainString());
    draft.duties.add(Fixture.duty("d1", "负责区人大会议的会务组织"));
    draft.tasks.add(Task.builder().code("t1").title("召开区人大会议").key(true).addDutyCode("d1")
        .plannedCount(2).completedCount(2).build());
    BigDecimal total = BigDecimal.ZERO;
    List<BigDecimal> rootWeights = split(BigDecimal.valueOf(100), shape.groups());
    for (int g = 0; g < shape.groups(); g++) {
      String root = Integer.toString(g + 1);
      BigDecimal weight = rootWeights.get(g);
      draft.indicators.add(Fixture.group(root, "一级" + root, 1, null, weight.toPlainString()));
      draft.indicators.add(Fixture.group(root + ".1", "二级" + root, 2, root,
          weight.toPlainString()));
      List<BigDecimal> leafWeights = split(weight, shape.leavesPerGroup());
      for (int l = 0; l < shape.leavesPerGroup(); l++) {
        String code = root + ".1." + (l + 1);
        BigDecimal leafWeight = leafWeights.get(l);
        draft.indicators.add(Indicator.builder().code(code).name("三级" + code).level(3)
            .parentCode(root + ".1").weight(leafWeight)
            .kind(io.github.jixiao.core.IndicatorKind.QUANTITATIVE)
            .direction(Direction.AT_LEAST).target(BigDecimal.valueOf(90)).build());
        BigDecimal claimed = leafWeight.multiply(BigDecimal.valueOf(9))
            .divide(BigDecimal.TEN, 2, RoundingMode.DOWN);
        draft.entries.add(IndicatorEntry.builder().indicatorCode(code)
            .actual(BigDecimal.valueOf(90 + l)).claimedScore(claimed).build());
        total = total.add(claimed);
      }
    }
    draft.claimedTotal = total;
    draft.figures.add(StatedFigure.builder().code("execution-rate").name("预算完成率")
        .kind(FigureKind.RATE).formula("execution-rate").numerator(executed)
        .denominator(fullYear)
        .statedValue(Percentage.ofRatio(executed, fullYear, 2).orElseThrow().value()).build());
    for (int r = 0; r < rates.size(); r++) {
      Rate rate = rates.get(r);
      BigDecimal stated = Percentage.ofRatio(BigDecimal.valueOf(rate.numerator()),
          BigDecimal.valueOf(rate.denominator()), rate.precision()).orElseThrow().value();
      draft.figures.add(StatedFigure.builder().code("rate-" + r).name("比率" + r)
          .kind(FigureKind.RATE).statedValue(stated).precision(rate.precision())
          .numerator(BigDecimal.valueOf(rate.numerator()))
          .denominator(BigDecimal.valueOf(rate.denominator())).build());
    }
    if (executed.compareTo(fullYear) == 0) {
      draft.claims.add(NarrativeClaim.builder().kind(ClaimKind.ALL_TARGETS_MET)
          .quote("均达到了年初设定的各项绩效目标").build());
    }
    return draft;
  }

  private static StatedFigure restated(StatedFigure figure, BigDecimal value) {
    StatedFigure.Builder b = StatedFigure.builder().code(figure.getCode()).name(figure.getName())
        .kind(figure.getKind()).statedValue(value).precision(figure.getPrecision())
        .numerator(figure.getNumerator().orElseThrow())
        .denominator(figure.getDenominator().orElseThrow());
    figure.getFormula().ifPresent(b::formula);
    return b.build();
  }

  /** {@code total} in {@code parts} parts of two decimals that add up to it exactly. */
  private static List<BigDecimal> split(BigDecimal total, int parts) {
    BigDecimal each = total.divide(BigDecimal.valueOf(parts), 2, RoundingMode.DOWN);
    List<BigDecimal> out = new ArrayList<>();
    for (int i = 0; i < parts - 1; i++) {
      out.add(each);
    }
    out.add(total.subtract(each.multiply(BigDecimal.valueOf(parts - 1))));
    return out;
  }
}
