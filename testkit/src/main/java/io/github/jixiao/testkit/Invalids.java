package io.github.jixiao.testkit;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.OrganisationalUnit;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.Task;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * Invalid variants (无效值): a value valid but for one broken property. Each breaks its property and
 * nothing else, so core reports exactly one violation; where a value holds others (a budget, an
 * evaluation), the rest of it is a generated valid value.
 */
final class Invalids {

  private Invalids() {}

  /** Variants breaking {@code property}. */
  public static Gen<InvalidVariant> breaking(BrokenProperty property) {
    return source -> switch (property) {
      case NEGATIVE_AMOUNT -> negativeAmount(source);
      case AMOUNT_TOO_PRECISE -> tooPreciseAmount(source);
      case PART_ABOVE_TOTAL -> partAboveTotal(source);
      case PARTS_SHORT_OF_TOTAL -> partsShortOfTotal(source);
      case PERSONNEL_AND_OPERATING_SHORT_OF_BASIC -> personnelAndOperatingShort(source);
      case WEIGHT_NOT_POSITIVE -> weight(property, BigDecimal.valueOf(-source.between(0, 100_00), 2),
          source);
      case WEIGHT_TOO_PRECISE -> weight(property,
          BigDecimal.valueOf(source.between(0, 100_00) * 10 + 5, 3), source);
      case LEVEL_ONE_WITH_PARENT -> group(property, 1, "0", source);
      case DEEPER_LEVEL_WITHOUT_PARENT -> group(property, source.intBetween(2, 3), null, source);
      case QUANTITATIVE_WITHOUT_DIRECTION -> withoutDirection(source);
      case CLAIMED_SCORE_TOO_PRECISE -> tooPreciseClaim(source);
      case DEDUCTION_NOT_POSITIVE -> deductionNotPositive(source);
      case STATED_VALUE_BEYOND_PRECISION -> beyondPrecision(source);
      case NUMERATOR_WITHOUT_DENOMINATOR -> numeratorOnly(source);
      case NEGATIVE_TASK_COUNT -> negativeTaskCount(source);
      case DUPLICATE_DUTY_CODE -> duplicateDuty(source);
      case UNIT_WITH_UNKNOWN_PARENT -> unknownParentUnit(source);
      case FISCAL_YEAR_OUT_OF_RANGE -> fiscalYear(source);
      case DUPLICATE_INDICATOR_CODE -> duplicateIndicator(source);
      case CHILD_NOT_ONE_LEVEL_BELOW_PARENT -> childTooDeep(source);
      case ENTRY_FOR_UNKNOWN_INDICATOR -> unknownEntry(source);
      case TWO_ENTRIES_FOR_ONE_INDICATOR -> twoEntries(source);
      case DEDUCTION_FROM_UNKNOWN_INDICATOR -> unknownDeduction(source);
      case TASK_SERVING_UNKNOWN_DUTY -> unknownDuty(source);
    };
  }

  // Every draw happens while generating, never in the attempt: a variant is a function of the
  // draws alone, so it replays and shrinks like any generated value.

  private static InvalidVariant negativeAmount(Source source) {
    BigDecimal fullYear = money(source);
    BigDecimal executed = money(source).negate().subtract(new BigDecimal("0.01"));
    return variant(BrokenProperty.NEGATIVE_AMOUNT, "executed",
        () -> Budget.builder().fullYear(fullYear).executed(executed).build());
  }

  private static InvalidVariant tooPreciseAmount(Source source) {
    BigDecimal fullYear = money(source).add(new BigDecimal("0.0000001"));
    return variant(BrokenProperty.AMOUNT_TOO_PRECISE, "fullYear",
        () -> Budget.builder().fullYear(fullYear).executed(BigDecimal.ZERO).build());
  }

  private static InvalidVariant weight(BrokenProperty property, BigDecimal weight,
      Source source) {
    String name = source.choose(Words.AT_LEAST);
    return variant(property, "weight", () -> Indicator.builder().code("1").name(name).level(1)
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
        .target(new BigDecimal("100")).unit("%").weight(weight).build());
  }

  private static InvalidVariant group(BrokenProperty property, int level, String parent,
      Source source) {
    BigDecimal weight = JixiaoGens.weights().generate(source);
    String name = source.choose(level == 1 ? Words.LEVEL_1 : Words.LEVEL_2);
    return variant(property, "parentCode", () -> {
      Indicator.Builder group = Indicator.builder().code(level == 1 ? "1" : "1.1").name(name)
          .level(level).weight(weight).kind(IndicatorKind.QUALITATIVE);
      if (parent != null) {
        group.parentCode(parent);
      }
      return group.build();
    });
  }

  private static InvalidVariant withoutDirection(Source source) {
    BigDecimal weight = JixiaoGens.weights().generate(source);
    return variant(BrokenProperty.QUANTITATIVE_WITHOUT_DIRECTION, "direction",
        () -> Indicator.builder().code("1").name("预算完成率").level(1).weight(weight)
            .kind(IndicatorKind.QUANTITATIVE).target(new BigDecimal("100")).unit("%").build());
  }

  private static InvalidVariant tooPreciseClaim(Source source) {
    BigDecimal claimed = thousandths(source);
    return variant(BrokenProperty.CLAIMED_SCORE_TOO_PRECISE, "claimedScore",
        () -> IndicatorEntry.builder().indicatorCode("1").claimedScore(claimed).build());
  }

  private static InvalidVariant deductionNotPositive(Source source) {
    BigDecimal points = BigDecimal.valueOf(-source.between(0, 100_00), 2);
    String reason = source.choose(Words.DEDUCTION_REASONS);
    return variant(BrokenProperty.DEDUCTION_NOT_POSITIVE, "points", () -> Deduction.builder()
        .indicatorCode("1").points(points).reason(reason).build());
  }

  private static InvalidVariant numeratorOnly(Source source) {
    BigDecimal numerator = BigDecimal.valueOf(source.between(0, 184));
    return variant(BrokenProperty.NUMERATOR_WITHOUT_DENOMINATOR, "denominator",
        () -> StatedFigure.builder().code("solved-rate").name("群众反映问题解决率")
            .kind(FigureKind.RATE).statedValue(new BigDecimal("92")).numerator(numerator).build());
  }

  private static InvalidVariant negativeTaskCount(Source source) {
    String title = source.choose(Words.TASKS);
    int completed = (int) -source.between(1, 100);
    return variant(BrokenProperty.NEGATIVE_TASK_COUNT, "completedCount",
        () -> Task.builder().code("task-1").title(title).completedCount(completed).build());
  }

  private static InvalidVariant partAboveTotal(Source source) {
    BigDecimal fullYear = money(source);
    BigDecimal executed = share(source, fullYear);
    BigDecimal above = fullYear.add(Decimals.hundredths(source.between(1, 100_00)));
    return variant(BrokenProperty.PART_ABOVE_TOTAL, "project.budget", () -> Budget.builder()
        .fullYear(fullYear).executed(executed).project(BudgetLine.of(above, executed)).build());
  }

  private static InvalidVariant partsShortOfTotal(Source source) {
    long fullYear = source.between(1, Budgets.MOST_WAN);
    long executed = Budgets.share(source, fullYear, 0);
    long basic = source.between(0, fullYear - 1);
    long project = fullYear - basic - source.between(1, fullYear - basic);
    long basicExecuted = Math.min(basic, executed);
    return variant(BrokenProperty.PARTS_SHORT_OF_TOTAL, "fullYear", () -> Budget.builder()
        .fullYear(Decimals.hundredths(fullYear)).executed(Decimals.hundredths(executed))
        .basic(line(basic, basicExecuted)).project(line(project, executed - basicExecuted))
        .build());
  }

  private static InvalidVariant personnelAndOperatingShort(Source source) {
    long fullYear = source.between(1, Budgets.MOST_WAN);
    long basic = source.between(1, fullYear);
    long personnel = source.between(0, basic - 1);
    long operating = basic - personnel - source.between(1, basic - personnel);
    // Nothing executed: the executed parts agree trivially, so only the budgets disagree.
    return variant(BrokenProperty.PERSONNEL_AND_OPERATING_SHORT_OF_BASIC, "basic.budget",
        () -> Budget.builder().fullYear(Decimals.hundredths(fullYear)).executed(BigDecimal.ZERO)
            .basic(line(basic, 0)).project(line(fullYear - basic, 0))
            .personnel(line(personnel, 0)).operating(line(operating, 0)).build());
  }

  private static InvalidVariant beyondPrecision(Source source) {
    int precision = source.intBetween(0, 5);
    BigDecimal stated = BigDecimal.valueOf(source.between(0, 100) * 10 + source.between(1, 9),
        precision + 1);
    return variant(BrokenProperty.STATED_VALUE_BEYOND_PRECISION, "precision", () -> StatedFigure
        .builder().code("execution-rate").name("预算完成率").kind(FigureKind.RATE)
        .statedValue(stated).precision(precision).unit("%").build());
  }

  private static InvalidVariant duplicateDuty(Source source) {
    Department department = Departments.departments().generate(source);
    int copied = source.intBetween(0, department.getDuties().size() - 1);
    return variant(BrokenProperty.DUPLICATE_DUTY_CODE,
        "duties[" + department.getDuties().size() + "].code",
        () -> Department.builder().from(department).addDuty(department.getDuties().get(copied)).build());
  }

  private static InvalidVariant unknownParentUnit(Source source) {
    Department department = Departments.departments().generate(source);
    OrganisationalUnit orphan = OrganisationalUnit.builder().code("unit-new")
        .name(source.choose(Words.UNITS)).parentCode("no-such-unit").build();
    return variant(BrokenProperty.UNIT_WITH_UNKNOWN_PARENT,
        "units[" + department.getUnits().size() + "].parentCode",
        () -> Department.builder().from(department).addUnit(orphan).build());
  }

  private static InvalidVariant fiscalYear(Source source) {
    SelfEvaluation evaluation = evaluation(source);
    int year = source.nextBoolean() ? (int) source.between(2101, 9999) : (int) source.between(0, 1999, 1999);
    return variant(BrokenProperty.FISCAL_YEAR_OUT_OF_RANGE, "fiscalYear",
        () -> evaluation.withFiscalYear(year));
  }

  private static InvalidVariant duplicateIndicator(Source source) {
    SelfEvaluation evaluation = evaluation(source);
    List<Indicator> table = evaluation.getIndicators();
    Indicator copied = source.choose(table);
    return variant(BrokenProperty.DUPLICATE_INDICATOR_CODE, "indicators[" + table.size() + "].code",
        () -> SelfEvaluation.builder().from(evaluation).addIndicator(copied).build());
  }

  private static InvalidVariant childTooDeep(Source source) {
    SelfEvaluation evaluation = evaluation(source);
    List<Indicator> table = evaluation.getIndicators();
    // Every table has a level-1 root coded "1"; a level-3 child of it skips level 2.
    Indicator child = IndicatorTables.leaf(source, "1.new", 3, "1", 100);
    return variant(BrokenProperty.CHILD_NOT_ONE_LEVEL_BELOW_PARENT,
        "indicators[" + table.size() + "].level",
        () -> SelfEvaluation.builder().from(evaluation).addIndicator(child).build());
  }

  private static InvalidVariant unknownEntry(Source source) {
    SelfEvaluation evaluation = evaluation(source);
    return variant(BrokenProperty.ENTRY_FOR_UNKNOWN_INDICATOR,
        "entries[" + evaluation.getEntries().size() + "].indicatorCode",
        () -> SelfEvaluation.builder().from(evaluation).addEntry(IndicatorEntry.builder()
            .indicatorCode("no-such-indicator").build()).build());
  }

  private static InvalidVariant twoEntries(Source source) {
    SelfEvaluation evaluation = evaluation(source);
    IndicatorEntry copied = source.choose(evaluation.getEntries());
    return variant(BrokenProperty.TWO_ENTRIES_FOR_ONE_INDICATOR,
        "entries[" + evaluation.getEntries().size() + "].indicatorCode",
        () -> SelfEvaluation.builder().from(evaluation).addEntry(copied).build());
  }

  private static InvalidVariant unknownDeduction(Source source) {
    SelfEvaluation evaluation = evaluation(source);
    Deduction stray = Deduction.builder().indicatorCode("no-such-indicator")
        .points(new BigDecimal("0.5")).reason(source.choose(Words.DEDUCTION_REASONS)).build();
    return variant(BrokenProperty.DEDUCTION_FROM_UNKNOWN_INDICATOR,
        "deductions[" + evaluation.getDeductions().size() + "].indicatorCode",
        () -> SelfEvaluation.builder().from(evaluation).addDeduction(stray).build());
  }

  private static InvalidVariant unknownDuty(Source source) {
    SelfEvaluation evaluation = evaluation(source);
    Task stray = Task.builder().code("task-new").title(source.choose(Words.TASKS))
        .addDutyCode("no-such-duty").build();
    return variant(BrokenProperty.TASK_SERVING_UNKNOWN_DUTY,
        "tasks[" + evaluation.getTasks().size() + "].dutyCodes[0]",
        () -> SelfEvaluation.builder().from(evaluation).addTask(stray).build());
  }

  private static SelfEvaluation evaluation(Source source) {
    return Evaluations.selfEvaluations(IndicatorTables.complete()).generate(source);
  }

  private static InvalidVariant variant(BrokenProperty property, String path,
      Supplier<?> attempt) {
    return new InvalidVariant(property, path, attempt);
  }

  private static BigDecimal money(Source source) {
    return Decimals.hundredths(source.between(0, Budgets.MOST_WAN));
  }

  private static BigDecimal share(Source source, BigDecimal whole) {
    return Decimals.hundredths(Budgets.share(source, Decimals.toHundredths(whole), 0));
  }

  private static BigDecimal thousandths(Source source) {
    return BigDecimal.valueOf(source.between(0, 10_000) * 10 + source.between(1, 9), 3);
  }

  private static BudgetLine line(long budget, long executed) {
    return BudgetLine.of(Decimals.hundredths(budget), Decimals.hundredths(executed));
  }
}
