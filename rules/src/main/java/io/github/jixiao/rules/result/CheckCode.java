package io.github.jixiao.rules.result;

import io.github.jixiao.core.message.Message;
import java.util.Locale;
import java.util.Optional;

/**
 * The register of Jixiao's own check codes (审核规则编号): every code a standard check has ever had,
 * with its severity and a one-line description, the message {@code check.code.<code>} ({@code
 * check.code.JX-101}) of the checks' bundle. A code is {@code JX-} and three digits, grouped by
 * family: 0xx the checking itself, 1xx stated figures and the budget, 2xx the indicator table and
 * its scores, 3xx the score against the rules, 4xx the narrative against the numbers, 5xx the
 * coverage of duties by tasks, 6xx the reviewers' standards (复核标准, lifecycle.md §4). A code is never reused: a check that is withdrawn keeps its constant
 * here, deprecated, and its number is not given to another.
 *
 * <p>Three families are not a self-evaluation's own checks and are not registered here: 7xx a
 * review's own problems ({@code rules.review}), 8xx a batch's ({@code BatchReview}; 85x a
 * roll-up's, {@code rules.rollup}), and 9xx the stages around the self-evaluation: 90x a mid-year
 * monitoring report's ({@code rules.monitoring.MonitoringLights}: JX-901 a light other than green
 * without 偏差原因说明, JX-902 完全不可能 without an adjustment, JX-903 an adjustment without its
 * reason), 95x a target declaration's review ({@code rules.declaration.TargetReview}) and 96x a
 * self-evaluation against its declaration ({@code rules.declaration.StageLinks}).
 */
public enum CheckCode {
  /** A check threw instead of returning findings; the finding names the check. */
  CHECK_FAILED("JX-000", Severity.ERROR),

  /** A stated rate differs from its own numerator ÷ denominator at the stated precision. */
  STATED_RATE("JX-101", Severity.ERROR),
  /** A stated figure with a named formula disagrees with the evaluation's own data. */
  STATED_FIGURE_VS_DATA("JX-102", Severity.ERROR),
  /** Executed above budget, for the whole budget or one of its lines or projects. */
  EXECUTED_ABOVE_BUDGET("JX-103", Severity.ERROR),
  /** Parts of the budget exceed the total they belong to (the parts core cannot see). */
  PARTS_VS_TOTAL("JX-104", Severity.ERROR),
  /** The budget by funding source (资金来源) does not add up to its total (年度资金总额). */
  FUNDING_VS_TOTAL("JX-105", Severity.ERROR),

  /**
   * A claimed indicator score below 0 or above the indicator's weight, or, under a rulebook,
   * outside the band its rule lets the unit pick in (a qualitative level's, a range band's).
   */
  CLAIMED_SCORE_OUT_OF_RANGE("JX-201", Severity.ERROR),
  /** The deductions on one indicator add up to more than its weight. */
  DEDUCTIONS_ABOVE_WEIGHT("JX-202", Severity.ERROR),
  /** Children's weights do not add up to their parent's, or level-1 weights to 100. */
  WEIGHTS_DO_NOT_ADD_UP("JX-203", Severity.ERROR),
  /** An indicator code of the evaluation clashes with a code of the rulebook's tree. */
  DUPLICATE_CODE("JX-204", Severity.ERROR),
  /** A parent code names no indicator of the table (or of the rulebook's tree). */
  UNKNOWN_PARENT("JX-205", Severity.ERROR),
  /** The claimed total differs from the sum of the claimed scores of the scored indicators. */
  CLAIMED_TOTAL_VS_SUM("JX-206", Severity.ERROR),
  /** The claimed grade is not the grade of the claimed total on the rulebook's grade scale. */
  CLAIMED_GRADE_VS_TOTAL("JX-207", Severity.ERROR),
  /** A quantitative indicator's actual, as written, is text no number can be read from. */
  ACTUAL_UNREADABLE("JX-208", Severity.WARNING),
  /**
   * A ≥ or = indicator whose actual reaches the rulebook's over-achievement ratio (1.2 unless said
   * otherwise) times its target: the target was probably set too low (超计划完成).
   */
  OVER_ACHIEVED("JX-209", Severity.WARNING),
  /** 得分 &lt; 分值 without a deviation reason, the target met (a missed one is JX-406's). */
  LOST_POINTS_UNEXPLAINED("JX-210", Severity.WARNING),
  /** A ≤ indicator above its limit, or an = one off its value, still claiming full points. */
  FULL_POINTS_OFF_TARGET("JX-211", Severity.WARNING),
  /** A qualitative row with no 完成情况简要描述, in a table that has the column (定性必填). */
  QUALITATIVE_WITHOUT_COMPLETION("JX-212", Severity.WARNING),
  /**
   * A 成本 leaf left at its default (no target) claiming more than the rulebook's {@code
   * defaultCostCap} (one province: at most 5 points when no cost indicator was declared).
   */
  DEFAULT_COST_ABOVE_CAP("JX-213", Severity.WARNING),

  /** A claimed score differs from the rules' score by more than the tolerance. */
  CLAIMED_SCORE_VS_RULES("JX-301", Severity.WARNING),
  /**
   * The rules could not score the evaluation: the card cannot be made, an indicator's rule failed,
   * or no indicator of the table could be scored (the card has no grade).
   */
  UNSCORED_BY_RULES("JX-302", Severity.ERROR),

  /** A claim that every target was met while an indicator or the budget is below target. */
  ALL_TARGETS_MET_CONTRADICTED("JX-401", Severity.ERROR),
  /** A claim that every task was completed while a task's done count is below its plan. */
  ALL_TASKS_COMPLETED_CONTRADICTED("JX-402", Severity.ERROR),
  /** A listed problem concerns an area or indicator that kept full points. */
  PROBLEM_WITH_FULL_POINTS("JX-403", Severity.WARNING),
  /**
   * Claimed performance far above budget execution (the provincial system's formula, kept as it
   * is): with the score compared to 90, even 100 % execution fires for any claim above 90 ÷ 95 % =
   * 94.736…, that is from 94.74.
   */
  SCORE_FAR_ABOVE_EXECUTION("JX-404", Severity.WARNING),
  /** Execution rate below 90 % and nothing in the evaluation explains it. */
  LOW_EXECUTION_UNEXPLAINED("JX-405", Severity.WARNING),
  /** An indicator below its target without a deviation reason. */
  MISSED_TARGET_UNEXPLAINED("JX-406", Severity.WARNING),
  /** A figure of the narrative that restates an indicator differs from the table's actual. */
  NARRATIVE_FIGURE_VS_TABLE("JX-407", Severity.WARNING),

  /** A key task serves none of the department's duties. */
  KEY_TASK_WITHOUT_DUTY("JX-501", Severity.WARNING),
  /** A duty of the department that no task serves. */
  DUTY_WITHOUT_TASK("JX-502", Severity.INFO),

  /** (复核标准第 10 条) A 数量 indicator that measures money paid or executed: 0 on review. */
  MONEY_AS_QUANTITY("JX-601", Severity.WARNING),
  /** (复核标准, 成本指标) A 成本 indicator written with ≥: a cost is held below a ceiling. */
  COST_WITH_AT_LEAST("JX-602", Severity.WARNING),
  /** (复核标准第 9 条) The same indicator under both 产出 and 效益: one of them scores 0. */
  SAME_INDICATOR_TWICE("JX-603", Severity.WARNING),
  /** Money almost unspent (execution below 10 %) while every 产出 leaf keeps full points. */
  UNSPENT_WITH_FULL_OUTPUTS("JX-604", Severity.WARNING),
  /** A 质量 indicator at 0 beside a 数量 indicator of the same group at full points. */
  QUALITY_ZERO_QUANTITY_FULL("JX-605", Severity.WARNING),
  /** (复核标准第 3 条) A 效益 target of words alone (明显, 提升 …): not assessable, −60 %. */
  VAGUE_BENEFIT_TARGET("JX-606", Severity.WARNING),
  /** (复核标准第 3 条) A quantitative claim with no number and no evidence: not assessable, 0. */
  EMPTY_QUANTITATIVE_CLAIM("JX-607", Severity.WARNING),
  /** (复核标准第 4 条) Satisfaction with no survey behind it ("no complaints" is none): 0. */
  SATISFACTION_WITHOUT_SURVEY("JX-608", Severity.WARNING);

  /** How a code's description is keyed: a pattern, so that the key is made once per constant. */
  private static final String DESCRIPTION = "check.code.%s";

  private final String code;
  private final Severity severity;
  private final Message description;

  CheckCode(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
    this.description = Message.of(String.format(Locale.ROOT, DESCRIPTION, code));
  }

  /** The stable code, e.g. {@code JX-101}. */
  public String code() {
    return code;
  }

  /** The severity of the check's findings. */
  public Severity severity() {
    return severity;
  }

  /**
   * What the check catches, in one line: {@code check.code.JX-101}, "a stated rate differs from
   * its own numerator ÷ denominator at the stated precision".
   */
  public Message description() {
    return description;
  }

  /** What the check catches, in the given language: Chinese for any Chinese locale, else English. */
  public String description(Locale locale) {
    return description.render(locale);
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
