package io.github.jixiao.testkit;

/**
 * One property of a valid domain value that an {@link InvalidVariant} breaks (被破坏的约束), with
 * the domain type whose {@code build()} refuses it. Each is a rule of core: a constraint on one
 * value or an invariant across its fields.
 */
public enum BrokenProperty {
  /** Money below zero: a budget's executed amount (执行数) is negative. */
  NEGATIVE_AMOUNT("Budget", "an amount of money below zero"),
  /** Money with more than six decimals: a full-year budget (全年预算数) to a ten-millionth. */
  AMOUNT_TOO_PRECISE("Budget", "an amount of money with more than six decimals"),
  /** A budget part above its total: project spending (项目支出) above the full-year budget. */
  PART_ABOVE_TOTAL("Budget", "a budget part above its total"),
  /** Basic + project spending (基本支出 + 项目支出) short of the full-year budget. */
  PARTS_SHORT_OF_TOTAL("Budget", "basic + project budgets that do not add up to the full year"),
  /** Personnel + operating (人员经费 + 公用经费) short of basic spending. */
  PERSONNEL_AND_OPERATING_SHORT_OF_BASIC("Budget",
      "personnel + operating budgets that do not add up to basic"),
  /** An indicator's weight (分值) of zero or less. */
  WEIGHT_NOT_POSITIVE("Indicator", "a weight of zero or less"),
  /** An indicator's weight with more than two decimals. */
  WEIGHT_TOO_PRECISE("Indicator", "a weight with more than two decimals"),
  /** A level-1 indicator (一级指标) that names a parent. */
  LEVEL_ONE_WITH_PARENT("Indicator", "a level-1 indicator with a parent"),
  /** A level-2 or level-3 indicator that names no parent. */
  DEEPER_LEVEL_WITHOUT_PARENT("Indicator", "a level-2 or level-3 indicator without a parent"),
  /** A quantitative indicator (定量指标) with no direction (正向/反向/等于). */
  QUANTITATIVE_WITHOUT_DIRECTION("Indicator", "a quantitative indicator without a direction"),
  /** A claimed score (自评得分) with more than two decimals. */
  CLAIMED_SCORE_TOO_PRECISE("IndicatorEntry", "a claimed score with more than two decimals"),
  /** A deduction (扣分) of zero points or less. */
  DEDUCTION_NOT_POSITIVE("Deduction", "a deduction of zero points or less"),
  /** A stated figure printed with more decimals than its stated precision. */
  STATED_VALUE_BEYOND_PRECISION("StatedFigure", "a stated value with more decimals than its precision"),
  /** A stated figure with a numerator (分子) but no denominator (分母). */
  NUMERATOR_WITHOUT_DENOMINATOR("StatedFigure", "a numerator without a denominator"),
  /** A task's completed count (完成数) below zero. */
  NEGATIVE_TASK_COUNT("Task", "a task's completed count below zero"),
  /** Two duties (职责) of a department with one code. */
  DUPLICATE_DUTY_CODE("Department", "two duties with one code"),
  /** An organisational unit (内设机构) whose parent code names no unit of the department. */
  UNIT_WITH_UNKNOWN_PARENT("Department", "a unit whose parent is not a unit of the department"),
  /** A fiscal year (年度) outside 2000–2100. */
  FISCAL_YEAR_OUT_OF_RANGE("SelfEvaluation", "a fiscal year outside 2000–2100"),
  /** Two indicators of the table (自评表) with one code. */
  DUPLICATE_INDICATOR_CODE("SelfEvaluation", "two indicators with one code"),
  /** An indicator whose parent in the table is not one level above it. */
  CHILD_NOT_ONE_LEVEL_BELOW_PARENT("SelfEvaluation", "a child not one level below its parent"),
  /** An entry for an indicator that is not in the table. */
  ENTRY_FOR_UNKNOWN_INDICATOR("SelfEvaluation", "an entry for an indicator not in the table"),
  /** Two entries for one indicator. */
  TWO_ENTRIES_FOR_ONE_INDICATOR("SelfEvaluation", "two entries for one indicator"),
  /** A deduction from an indicator that is not in the table. */
  DEDUCTION_FROM_UNKNOWN_INDICATOR("SelfEvaluation", "a deduction from an indicator not in the table"),
  /** A task that serves a duty the department does not have. */
  TASK_SERVING_UNKNOWN_DUTY("SelfEvaluation", "a task serving a duty the department does not have");

  private final String type;
  private final String description;

  BrokenProperty(String type, String description) {
    this.type = type;
    this.description = description;
  }

  /** The simple name of the domain type that refuses it, as {@code InvalidValueException.type()}. */
  public String type() {
    return type;
  }

  /** What is broken, in English. */
  public String description() {
    return description;
  }
}
