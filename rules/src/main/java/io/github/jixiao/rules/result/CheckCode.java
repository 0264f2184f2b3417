package io.github.jixiao.rules.result;

import java.util.Optional;

/**
 * The register of Jixiao's own check codes (审核规则编号): every code a standard check has ever had,
 * with its severity and a one-line description in English and Chinese. A code is {@code JX-} and
 * three digits, grouped by family: 0xx the checking itself, 1xx stated figures and the budget, 2xx
 * the indicator table and its scores, 3xx the score against the rules, 4xx the narrative against
 * the numbers, 5xx the coverage of duties by tasks. A code is never reused: a check that is
 * withdrawn keeps its constant here, deprecated, and its number is not given to another.
 */
public enum CheckCode {
  /** A check threw instead of returning findings; the finding names the check. */
  CHECK_FAILED("JX-000", Severity.ERROR,
      "a check failed with an exception; the finding names the check",
      "审核规则执行出错；问题中注明出错的规则"),

  /** A stated rate differs from its own numerator ÷ denominator at the stated precision. */
  STATED_RATE("JX-101", Severity.ERROR,
      "a stated rate differs from its own numerator ÷ denominator at the stated precision",
      "表述的比率与其自身分子÷分母按表述精度计算的结果不一致"),
  /** A stated figure with a named formula disagrees with the evaluation's own data. */
  STATED_FIGURE_VS_DATA("JX-102", Severity.ERROR,
      "a stated figure that names a formula disagrees with the evaluation's own budget data",
      "注明计算公式的表述数据与评价自身的预算数据不一致"),
  /** Executed above budget, for the whole budget or one of its lines or projects. */
  EXECUTED_ABOVE_BUDGET("JX-103", Severity.ERROR,
      "executed above budget: the whole budget, a budget line, a 三公 item or a key project",
      "执行数超过预算数：整体预算、预算明细、“三公”经费分项或重点项目"),
  /** Parts of the budget exceed the total they belong to (the parts core cannot see). */
  PARTS_VS_TOTAL("JX-104", Severity.ERROR,
      "parts exceed their total: key projects vs project spending, 三公 or procurement vs the"
          + " budget, cumulative payments vs executed",
      "明细超过合计：重点项目之和超过项目支出、“三公”经费或政府采购超过预算、累计支付超过执行数"),

  /** A claimed indicator score below 0 or above the indicator's weight. */
  CLAIMED_SCORE_OUT_OF_RANGE("JX-201", Severity.ERROR,
      "a claimed indicator score is outside [0, weight]",
      "指标自评得分不在 [0, 分值] 范围内"),
  /** The deductions on one indicator add up to more than its weight. */
  DEDUCTIONS_ABOVE_WEIGHT("JX-202", Severity.ERROR,
      "the deductions on one indicator exceed its weight",
      "同一指标的扣分合计超过其分值"),
  /** Children's weights do not add up to their parent's, or level-1 weights to 100. */
  WEIGHTS_DO_NOT_ADD_UP("JX-203", Severity.ERROR,
      "weights do not add up: children to their parent, level-1 indicators to 100 (and to the"
          + " rulebook's groups when one is given)",
      "分值不平衡：下级指标分值之和不等于上级指标分值，或一级指标分值之和不等于100（给定评分办法时亦核对其分组）"),
  /** An indicator code of the evaluation clashes with a code of the rulebook's tree. */
  DUPLICATE_CODE("JX-204", Severity.ERROR,
      "an indicator code of the evaluation's table clashes with an indicator code of the"
          + " rulebook's fixed tree",
      "自评表指标代码与评分办法固定指标树中的指标代码重复"),
  /** A parent code names no indicator of the table (or of the rulebook's tree). */
  UNKNOWN_PARENT("JX-205", Severity.ERROR,
      "an indicator's parent code names no indicator of the table or of the rulebook",
      "指标的上级指标代码在自评表和评分办法中都不存在"),
  /** The claimed total differs from the sum of the claimed scores of the scored indicators. */
  CLAIMED_TOTAL_VS_SUM("JX-206", Severity.ERROR,
      "the claimed total differs from the sum of the claimed indicator scores",
      "自评总分不等于各指标自评得分之和"),
  /** The claimed grade is not the grade of the claimed total on the rulebook's grade scale. */
  CLAIMED_GRADE_VS_TOTAL("JX-207", Severity.ERROR,
      "the claimed grade is not the grade of the claimed total on the rulebook's grade scale",
      "自评等级与自评总分在评分办法等级标准下对应的等级不一致"),

  /** A claimed score differs from the rules' score by more than the tolerance. */
  CLAIMED_SCORE_VS_RULES("JX-301", Severity.WARNING,
      "a claimed score (an indicator's or the total) differs from the rules' score beyond a"
          + " tolerance",
      "自评得分（指标或总分）与按评分办法计算的得分之差超过容差"),

  /** A claim that every target was met while an indicator or the budget is below target. */
  ALL_TARGETS_MET_CONTRADICTED("JX-401", Severity.ERROR,
      "the narrative claims every target was met while the execution rate is below 100 % or an"
          + " indicator is below its target",
      "报告称各项绩效目标均已达到，但预算执行率低于100%或有指标未达到目标值"),
  /** A claim that every task was completed while a task's done count is below its plan. */
  ALL_TASKS_COMPLETED_CONTRADICTED("JX-402", Severity.ERROR,
      "the narrative claims every task was completed while a task did less than it planned",
      "报告称各项工作任务均已完成，但有任务完成数低于计划数"),
  /** A listed problem concerns an area or indicator that kept full points. */
  PROBLEM_WITH_FULL_POINTS("JX-403", Severity.WARNING,
      "a listed problem concerns an area or indicator whose indicators all kept full points"
          + " (inflated self-score)",
      "报告所列问题涉及的领域或指标全部得满分（自评虚高）"),
  /**
   * Claimed performance far above budget execution (the provincial system's formula, kept as it
   * is): with the score compared to 90, even 100 % execution fires for any claim above 90 ÷ 95 % =
   * 94.736…, that is from 94.74.
   */
  SCORE_FAR_ABOVE_EXECUTION("JX-404", Severity.WARNING,
      "claimed performance far above budget execution: (score ÷ 90 − execution rate) ÷"
          + " (score ÷ 90) > 5 % (so at 100 % execution, any claim from 94.74)",
      "自评绩效远高于预算执行：(自评得分÷90 − 预算执行率) ÷ (自评得分÷90) > 5%（执行率100%时自评得分达94.74即触发）"),
  /** Execution rate below 90 % and nothing in the evaluation explains it. */
  LOW_EXECUTION_UNEXPLAINED("JX-405", Severity.WARNING,
      "the execution rate is below 90 % and nothing explains it",
      "预算执行率低于90%且未作说明"),
  /** An indicator below its target without a deviation reason. */
  MISSED_TARGET_UNEXPLAINED("JX-406", Severity.WARNING,
      "an indicator is below its target and its entry gives no deviation reason",
      "指标未达到目标值且未填写偏差原因"),

  /** A key task serves none of the department's duties. */
  KEY_TASK_WITHOUT_DUTY("JX-501", Severity.WARNING,
      "a key task serves none of the department's duties",
      "重点工作任务未对应任何部门职责"),
  /** A duty of the department that no task serves. */
  DUTY_WITHOUT_TASK("JX-502", Severity.INFO,
      "a duty of the department is served by none of the year's tasks",
      "部门职责没有对应的年度工作任务");

  private final String code;
  private final Severity severity;
  private final String description;
  private final String descriptionZh;

  CheckCode(String code, Severity severity, String description, String descriptionZh) {
    this.code = code;
    this.severity = severity;
    this.description = description;
    this.descriptionZh = descriptionZh;
  }

  /** The stable code, e.g. {@code JX-101}. */
  public String code() {
    return code;
  }

  /** The severity of the check's findings. */
  public Severity severity() {
    return severity;
  }

  /** What the check catches, in one English line. */
  public String description() {
    return description;
  }

  /** What the check catches, in one Chinese line. */
  public String descriptionZh() {
    return descriptionZh;
  }

  /** The constant with this code, e.g. {@code JX-101} → {@link #STATED_RATE}. */
  public static Optional<CheckCode> find(String code) {
    for (CheckCode c : values()) {
      if (c.code.equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
