package io.github.jixiao.benchmarks;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Duty;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.Task;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The evaluations (绩效自评) the benchmarks measure, built deterministically: the seed report under
 * the reconstructed Guangzhou 2021 rulebook, and project self-evaluations of any number of
 * indicators under the MoF project rulebook (财预〔2020〕10号), whose leaves under 产出, 效益 and
 * 满意度 are the evaluation's own. Every evaluation is consistent: its claims are the rules' points,
 * its claimed total their sum, a missed target has a deviation reason.
 */
public final class Evaluations {

  /** The rulebook of {@link #seed()}. */
  public static final Rulebook SEED_RULEBOOK = Rulebooks.guangzhouDepartment2021();

  /** The rulebook of {@link #project(int, long)}. */
  public static final Rulebook PROJECT_RULEBOOK = Rulebooks.mofProject2020();

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String[] UNITS = {"%", "次", "个", "万人次"};
  private static final BigDecimal[] TARGETS = {HUNDRED, new BigDecimal("12"),
      new BigDecimal("365"), new BigDecimal("2.5")};

  private Evaluations() {}

  /**
   * The seed report (广州市白云区人大常委会办公室 2021年部门整体支出绩效自评) as users see it:
   * {@code examples/baiyun-2021/evaluation.json}, read through {@link JixiaoJson} — budget 3306.19
   * 万元, executed 3212.37 万元, its stated figures and claims, and the table of the reconstructed
   * Guangzhou 2021 rulebook (13 indicators, 10 scored), every assumption stated beside its value.
   */
  public static SelfEvaluation seed() {
    return JixiaoJson.standard().readEvaluation(new ByteArrayInputStream(seedDocument()));
  }

  /** The bytes of the seed's document, as shipped in the benchmarks jar. */
  public static byte[] seedDocument() {
    try (InputStream in = Evaluations.class.getResourceAsStream("evaluation.json")) {
      if (in == null) {
        throw new IllegalStateException("evaluation.json is missing from the benchmarks jar:"
            + " rebuild with ./mvnw -pl benchmarks -am package");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A project self-evaluation (项目支出绩效自评) with {@code indicators} scored indicators under
   * {@link #PROJECT_RULEBOOK}: 预算执行率 and {@code indicators − 1} quantitative leaves of its own,
   * split over 产出, 效益 and 满意度 in proportion to their weights (50 : 30 : 10), weights in whole
   * fen adding up to their group's, targets and units varied, actual values drawn from 50 % to
   * 150 % of the target by a generator seeded with {@code seed}.
   *
   * @throws IllegalArgumentException if {@code indicators} is below 4 or above 2 000
   */
  public static SelfEvaluation project(int indicators, long seed) {
    if (indicators < 4 || indicators > 2000) {
      throw new IllegalArgumentException("indicators must be 4 to 2000; was " + indicators);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int leaves = indicators - 1;
    int satisfaction = Math.max(1, Math.round(leaves / 9f));
    int benefit = Math.max(1, Math.round(leaves * 3 / 9f));
    int output = leaves - satisfaction - benefit;

    BigDecimal fullYear = BigDecimal.valueOf(100_00 + random.nextInt(900_00), 2);
    BigDecimal executed = fullYear.multiply(BigDecimal.valueOf(80 + random.nextInt(21)))
        .divide(HUNDRED, 2, RoundingMode.HALF_UP);
    SelfEvaluation.Builder e = SelfEvaluation.builder().kind(EvaluationKind.PROJECT)
        .fiscalYear(2021).title("项目支出绩效自评（基准测试，" + indicators + " 项指标）")
        .rulebook(PROJECT_RULEBOOK.getId()).department(benchDepartment())
        .budget(Budget.builder().unit(MoneyUnit.WAN_YUAN).fullYear(fullYear).executed(executed)
            .build());

    List<IndicatorEntry> entries = new ArrayList<>();
    e.addIndicator(Indicator.builder().code("1").name("预算执行率").level(1).weight(BigDecimal.TEN)
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST).target(HUNDRED).unit("%")
        .formula(Formulas.EXECUTION_RATE).build());
    BigDecimal rate = executed.multiply(HUNDRED).divide(fullYear, 6, RoundingMode.HALF_UP);
    BigDecimal total = Baselines.proportional(BigDecimal.TEN, rate, HUNDRED);
    entries.add(entry("1", null, total, rate.compareTo(HUNDRED) < 0));

    total = total.add(group(e, entries, random, "2", "产出指标", 50, output));
    total = total.add(group(e, entries, random, "3", "效益指标", 30, benefit));
    total = total.add(group(e, entries, random, "4", "满意度指标", 10, satisfaction));
    return e.addAllEntries(entries).claimedTotal(total).claimedGrade(grade(total)).build();
  }

  private static BigDecimal group(SelfEvaluation.Builder e, List<IndicatorEntry> entries,
      SplittableRandom random, String code, String name, int weight, int leaves) {
    e.addIndicator(Indicator.builder().code(code).name(name).level(1)
        .weight(BigDecimal.valueOf(weight)).kind(IndicatorKind.QUALITATIVE).build());
    long fen = weight * 100L;
    long each = fen / leaves;
    long extra = fen % leaves;
    BigDecimal claimed = BigDecimal.ZERO;
    for (int i = 0; i < leaves; i++) {
      BigDecimal leafWeight = BigDecimal.valueOf(each + (i < extra ? 1 : 0), 2);
      int kind = random.nextInt(TARGETS.length);
      BigDecimal target = TARGETS[kind];
      BigDecimal actual = target.multiply(BigDecimal.valueOf(50 + random.nextInt(101)))
          .divide(HUNDRED, 2, RoundingMode.HALF_UP);
      String leaf = code + "." + (i + 1);
      e.addIndicator(Indicator.builder().code(leaf).name(name + " " + (i + 1)).level(2)
          .parentCode(code).weight(leafWeight).kind(IndicatorKind.QUANTITATIVE)
          .direction(Direction.AT_LEAST).target(target).unit(UNITS[kind]).build());
      BigDecimal points = Baselines.proportional(leafWeight, actual, target);
      entries.add(entry(leaf, actual, points, actual.compareTo(target) < 0));
      claimed = claimed.add(points);
    }
    return claimed;
  }

  private static IndicatorEntry entry(String code, BigDecimal actual, BigDecimal points,
      boolean missed) {
    IndicatorEntry.Builder b = IndicatorEntry.builder().indicatorCode(code).claimedScore(points);
    if (actual != null) {
      b.actual(actual);
    }
    if (missed) {
      b.deviationReason("未达到年度指标值：基准测试数据");
    }
    return b.build();
  }

  /** The grade of {@code total} on the central scale: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差. */
  static Grade grade(BigDecimal total) {
    if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
      return Grade.EXCELLENT;
    }
    if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
      return Grade.GOOD;
    }
    return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? Grade.FAIR : Grade.POOR;
  }

  private static Department benchDepartment() {
    return Department.builder().code("bench-unit").name("基准测试单位").level(GovernmentLevel.COUNTY)
        .region("广东省广州市白云区").kind(DepartmentKind.ADMINISTRATIVE)
        .addDuty(Duty.builder().code("duty-1").text("组织实施本项目").build()).build();
  }






}
