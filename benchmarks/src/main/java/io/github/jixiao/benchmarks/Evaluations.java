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
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.rulebook.Rulebooks;
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
  private static final String ASSUMED = "assumed: the report's 自评表 is not included";
  private static final String[] UNITS = {"%", "次", "个", "万人次"};
  private static final BigDecimal[] TARGETS = {HUNDRED, new BigDecimal("12"),
      new BigDecimal("365"), new BigDecimal("2.5")};

  private Evaluations() {}

  /**
   * The seed report (广州市白云区人大常委会办公室 2021年部门整体支出绩效自评): budget 3306.19 万元,
   * executed 3212.37 万元, its two stated rates (97.16 %, 92 %), its claim that every target was
   * met, and a table mirroring the Guangzhou 2021 rulebook (10 scored indicators, 14 in all). The
   * report's 自评表 is not included, so the claims are assumptions, as in the rules' own fixture.
   */
  public static SelfEvaluation seed() {
    SelfEvaluation.Builder e = SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE)
        .fiscalYear(2021).title("2021年部门整体支出绩效自评报告").rulebook(SEED_RULEBOOK.getId())
        .department(seedDepartment())
        .budget(Budget.builder().unit(MoneyUnit.WAN_YUAN).fullYear(new BigDecimal("3306.19"))
            .executed(new BigDecimal("3212.37")).build())
        .addTask(Task.builder().code("proposals").title("代表建议办理：代表共提出了建议100件均已答复完毕")
            .addDutyCodes("office-2").key(true).plannedCount(100).completedCount(100).build())
        .addStatedFigures(
            StatedFigure.builder().code("execution-rate").name("预算完成率").kind(FigureKind.RATE)
                .statedValue(new BigDecimal("97.16")).unit("%").numerator(new BigDecimal("3212.37"))
                .denominator(new BigDecimal("3306.19")).formula("execution-rate").build(),
            StatedFigure.builder().code("problems-solved").name("群众反映问题解决率")
                .kind(FigureKind.RATE).statedValue(new BigDecimal("92")).unit("%")
                .numerator(new BigDecimal("169")).denominator(new BigDecimal("184")).build())
        .addNarrativeClaims(NarrativeClaim.builder().kind(ClaimKind.ALL_TARGETS_MET)
            .quote("均达到了年初设定的各项绩效目标").section("部门整体绩效管理情况").build())
        .claimedTotal(new BigDecimal("94")).claimedGrade(Grade.EXCELLENT);
    for (RulebookIndicator node : SEED_RULEBOOK.getIndicators()) {
      e.addIndicator(mirror(node));
    }
    e.addEntry(claim("1.1", "25").build())
        .addEntry(claim("1.2", "22").level(QualitativeLevel.ACHIEVED).build())
        .addEntry(claim("2.1.1", "9").actual(new BigDecimal("97.16"))
            .deviationReason("预算完成率未能达到100%，后续将加强，合理进行预算资金调整").build())
        .addEntry(claim("2.1.2", "5").actual(new BigDecimal("98.50")).build())
        .addEntry(claim("2.1.3", "3").build());
    for (String code : new String[] {"2.2", "2.3", "2.4", "2.5", "2.6"}) {
      e.addEntry(claim(code, "6").build());
    }
    return e.addDeductions(Deduction.builder().indicatorCode("2.1.3").points(new BigDecimal("2"))
        .reason("项目资金支出进度分配不均").evidence("三、存在的主要问题 (points assumed)").build())
        .build();
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

  private static Department seedDepartment() {
    String[] duties = {"负责区人大会议、区人大常委会会议等有关重要会议的会务组织",
        "负责区人大常委会有关决定事项及常委会领导交办事项的组织实施和督促检查",
        "负责起草和组织有关部门起草常委会的重要文件",
        "负责机关党建、纪检、文秘、人事、信访、财务及后勤工作",
        "协调常委会各工作委员会的工作关系"};
    Department.Builder d = Department.builder().code("baiyun-rd-sc-office")
        .name("广州市白云区人民代表大会常务委员会办公室").level(GovernmentLevel.COUNTY)
        .region("广东省广州市白云区").kind(DepartmentKind.ADMINISTRATIVE);
    for (int i = 0; i < duties.length; i++) {
      d.addDuty(Duty.builder().code("office-" + (i + 1)).text(duties[i])
          .organ("广州市白云区人民代表大会常务委员会办公室").build());
    }
    return d.build();
  }

  private static IndicatorEntry.Builder claim(String code, String points) {
    return IndicatorEntry.builder().indicatorCode(code).claimedScore(new BigDecimal(points))
        .assumption(ASSUMED);
  }

  private static Indicator mirror(RulebookIndicator node) {
    Indicator.Builder i = Indicator.builder().code(node.getCode()).name(node.getName())
        .level(node.getLevel()).parentCode(node.getParentCode())
        .weight(node.getWeight().orElseThrow())
        .kind(node.getKind().orElse(IndicatorKind.QUALITATIVE));
    if (node.getKind().orElse(null) == IndicatorKind.QUANTITATIVE) {
      i.direction(node.getDirection().orElse(Direction.AT_LEAST));
      node.getTarget().ifPresent(i::target);
      node.getUnit().ifPresent(i::unit);
    }
    return i.build();
  }
}
