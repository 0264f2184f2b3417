package io.github.jixiao.rules;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.DefaultRule;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The built-in rulebooks (内置评分规则表), each with its provenance, and lookup by id. Every number
 * in them is data, and a rulebook is derived from one in one call: {@link
 * Rulebook#withIndicator(String, java.util.function.UnaryOperator)} changes one indicator (its
 * rule, target or formula), {@link Rulebook#withIndicators(java.util.Map)} changes several
 * together (weights that move between siblings, so that they still add up), the generated {@code
 * with…} methods change the rest ({@code withId}, {@code withGradeScale}), and {@code
 * Rulebook.builder().from(book)} starts a builder from one. The derived rulebook is validated as a
 * built one is.
 */
public final class Rulebooks {

  /** Id of {@link #mofProject2020()}. */
  public static final String MOF_PROJECT_2020 = "mof-project-2020";
  /** Id of {@link #mofDepartment2013()}. */
  public static final String MOF_DEPARTMENT_2013 = "mof-dept-2013";
  /** Id of {@link #guangzhouDepartment2021()}. */
  public static final String GUANGZHOU_DEPARTMENT_2021 = "gz-dept-2021";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Rulebooks() {}

  /** Every built-in rulebook. */
  public static List<Rulebook> all() {
    return List.of(Holder.MOF_PROJECT, Holder.MOF_DEPARTMENT, Holder.GUANGZHOU);
  }

  /** The built-in rulebook with {@code id}, if any. */
  public static Optional<Rulebook> byId(String id) {
    return all().stream().filter(r -> r.getId().equals(id)).findFirst();
  }

  /**
   * MoF project self-evaluation (项目支出绩效自评, 财预〔2020〕10号): 预算执行率 10 (10 × executed ÷
   * budget, at most 10), 产出 50, 效益 30, 满意度 10. The leaves under 产出, 效益 and 满意度 are each
   * project's own (open); quantitative ones are scored proportionally (≥), by reverse ratio (≤) or
   * as equal (=), qualitative ones by level. Without a satisfaction indicator its 10 points go to
   * 产出 and 效益.
   */
  public static Rulebook mofProject2020() {
    return Holder.MOF_PROJECT;
  }

  /**
   * MoF common framework for department-wide spending (部门整体支出绩效评价共性指标体系框架,
   * 财预〔2013〕53号): the tree of 投入, 过程, 产出 and 效果 with the formula of each rate. It fixes
   * no points: every weight comes from the evaluation's own table (open), and indicators the table
   * does not use are left out.
   */
  public static Rulebook mofDepartment2013() {
    return Holder.MOF_DEPARTMENT;
  }

  /**
   * Guangzhou 2021 department-wide self-evaluation (广州市部门整体支出绩效自评), reconstructed from the
   * wording of the Baiyun 2021 report: 履职效能 and 管理效率 (资金管理 with 预算完成率, 采购管理, 资产管理,
   * 成本管理, 绩效管理, 信息公开管理). The official table was not found: every weight is an assumption.
   */
  public static Rulebook guangzhouDepartment2021() {
    return Holder.GUANGZHOU;
  }

  private static final class Holder {
    static final Rulebook MOF_PROJECT = buildMofProject();
    static final Rulebook MOF_DEPARTMENT = buildMofDepartment();
    static final Rulebook GUANGZHOU = buildGuangzhou();
  }

  private static RulebookIndicator.Builder node(String code, String name, String weight) {
    RulebookIndicator.Builder b = RulebookIndicator.builder();
    b.code(code).name(name).level(code.split("\\.").length);
    int dot = code.lastIndexOf('.');
    if (dot > 0) {
      b.parentCode(code.substring(0, dot));
    }
    if (weight != null) {
      b.weight(new BigDecimal(weight));
    }
    return b;
  }

  private static RulebookIndicator rate(String code, String name, String weight,
      Direction direction, BigDecimal target, String formula) {
    RulebookIndicator.Builder b = node(code, name, weight).kind(IndicatorKind.QUANTITATIVE)
        .direction(direction).unit("%");
    if (target != null) {
      b.target(target);
    }
    if (formula != null) {
      b.formula(formula);
    }
    return b.build();
  }

  private static RulebookIndicator qualitative(String code, String name, String weight) {
    return node(code, name, weight).kind(IndicatorKind.QUALITATIVE).build();
  }

  private static RulebookIndicator byFindings(String code, String name, String weight,
      String assumption) {
    RulebookIndicator.Builder b = node(code, name, weight).kind(IndicatorKind.QUALITATIVE)
        .rule(BuiltInRules.deductionPerFinding());
    if (assumption != null) {
      b.assumption(assumption);
    }
    return b.build();
  }

  private static List<DefaultRule> methodologyDefaults() {
    return List.of(
        DefaultRule.of(IndicatorKind.QUANTITATIVE, Direction.AT_LEAST, BuiltInRules.proportional()),
        DefaultRule.of(IndicatorKind.QUANTITATIVE, Direction.AT_MOST, BuiltInRules.reverseRatio()),
        DefaultRule.of(IndicatorKind.QUANTITATIVE, Direction.EQUAL, BuiltInRules.equal()),
        DefaultRule.of(IndicatorKind.QUALITATIVE, null, BuiltInRules.qualitative()));
  }

  private static Rulebook buildMofProject() {
    RuleSpec execution = BuiltInRules.proportional(HUNDRED);
    return Rulebook.builder().id(MOF_PROJECT_2020).title("项目支出绩效自评表")
        .source("财预〔2020〕10号").evaluationKind(EvaluationKind.PROJECT).firstYear(2020)
        .provenance(Provenance.confirmed("财政部关于印发《项目支出绩效评价管理办法》的通知"
                + " (财预〔2020〕10号), 项目支出绩效自评表: 预算执行率 10, 产出 50, 效益 30, 满意度 10",
            "无满意度指标时，其 10 分按产出、效益的权重比例（50:30）分配；通知仅说明分配给产出和效益",
            "定性末级指标得权重的：达成 80–100%，部分达成 60–80%，未达成 0–60%，由单位在档次内自评；"
                + "未自评时取档次下限"))
        .addIndicators(
            node("1", "预算执行率", "10").kind(IndicatorKind.QUANTITATIVE)
                .direction(Direction.AT_LEAST).target(HUNDRED).unit("%")
                .formula(Formulas.EXECUTION_RATE).rule(execution)
                .description("10 × 执行数 ÷ 预算数, 最高 10 分").build(),
            node("2", "产出", "50").open(true).addAliases("产出指标")
                .description("数量、质量、时效、成本：各项目自设指标").build(),
            node("3", "效益", "30").open(true).addAliases("效益指标")
                .description("经济、社会、生态、可持续影响：各项目自设指标").build(),
            node("4", "满意度", "10").open(true)
                .addAliases("满意度指标", "服务对象满意度", "服务对象满意度指标")
                .addRedistributeTo("2", "3").build())
        .addAllDefaultRules(methodologyDefaults())
        .build();
  }

  private static Rulebook buildMofDepartment() {
    String byFindings = "框架中的清单类指标，未规定具体项目及分值；此处按发现问题逐项扣分";
    return Rulebook.builder().id(MOF_DEPARTMENT_2013).title("部门整体支出绩效评价共性指标体系框架")
        .source("财预〔2013〕53号").evaluationKind(EvaluationKind.DEPARTMENT_WIDE).firstYear(2013)
        .provenance(Provenance.confirmed("财政部关于印发《预算绩效评价共性指标体系框架》的通知"
                + " (财预〔2013〕53号), 附件3 部门整体支出绩效评价共性指标体系框架",
            "公式按框架的通行引用",
            "框架未规定分值：各权重取自评价表",
            "清单类指标（管理制度健全性等）按发现问题逐项扣分",
            "方向：控制率、结转率为反向（≤）指标，其余为正向（≥）"))
        .addIndicators(
            node("1", "投入", null).build(),
            node("1.1", "目标设定", null).build(),
            qualitative("1.1.1", "绩效目标合理性", null),
            qualitative("1.1.2", "绩效指标明确性", null),
            node("1.2", "预算配置", null).build(),
            rate("1.2.1", "在职人员控制率", null, Direction.AT_MOST, HUNDRED, Formulas.STAFF_CONTROL),
            rate("1.2.2", "\"三公经费\"变动率", null, Direction.AT_MOST, BigDecimal.ZERO,
                Formulas.THREE_PUBLIC_CHANGE),
            rate("1.2.3", "重点支出安排率", null, Direction.AT_LEAST, null,
                Formulas.KEY_SPENDING_RATE),
            node("2", "过程", null).build(),
            node("2.1", "预算执行", null).build(),
            rate("2.1.1", "预算完成率", null, Direction.AT_LEAST, HUNDRED, Formulas.EXECUTION_RATE),
            rate("2.1.2", "预算调整率", null, Direction.AT_MOST, null, Formulas.ADJUSTMENT_RATE),
            rate("2.1.3", "支付进度率", null, Direction.AT_LEAST, HUNDRED,
                Formulas.PAYMENT_PROGRESS),
            rate("2.1.4", "结转结余率", null, Direction.AT_MOST, null, Formulas.CARRY_OVER_RATE),
            rate("2.1.5", "结转结余变动率", null, Direction.AT_MOST, BigDecimal.ZERO,
                Formulas.CARRY_OVER_CHANGE),
            rate("2.1.6", "公用经费控制率", null, Direction.AT_MOST, HUNDRED,
                Formulas.OPERATING_COST_CONTROL),
            rate("2.1.7", "\"三公经费\"控制率", null, Direction.AT_MOST, HUNDRED,
                Formulas.THREE_PUBLIC_CONTROL),
            rate("2.1.8", "政府采购执行率", null, Direction.AT_LEAST, HUNDRED,
                Formulas.PROCUREMENT_EXECUTION),
            node("2.2", "预算管理", null).build(),
            byFindings("2.2.1", "管理制度健全性", null, byFindings),
            byFindings("2.2.2", "资金使用合规性", null, byFindings),
            byFindings("2.2.3", "预决算信息公开性", null, byFindings),
            byFindings("2.2.4", "基础信息完善性", null, byFindings),
            node("2.3", "资产管理", null).build(),
            byFindings("2.3.1", "资产管理制度健全性", null, byFindings),
            byFindings("2.3.2", "资产管理安全性", null, byFindings),
            rate("2.3.3", "固定资产利用率", null, Direction.AT_LEAST, HUNDRED, null),
            node("3", "产出", null).build(),
            node("3.1", "职责履行", null).build(),
            rate("3.1.1", "实际完成率", null, Direction.AT_LEAST, HUNDRED, Formulas.TASK_COMPLETION),
            rate("3.1.2", "完成及时率", null, Direction.AT_LEAST, HUNDRED, null),
            rate("3.1.3", "质量达标率", null, Direction.AT_LEAST, HUNDRED, null),
            rate("3.1.4", "重点工作办结率", null, Direction.AT_LEAST, HUNDRED,
                Formulas.KEY_TASK_COMPLETION),
            node("4", "效果", null).build(),
            node("4.1", "履职效益", null).build(),
            qualitative("4.1.1", "经济效益", null),
            qualitative("4.1.2", "社会效益", null),
            qualitative("4.1.3", "生态效益", null),
            rate("4.1.4", "社会公众或服务对象满意度", null, Direction.AT_LEAST, null,
                Formulas.SATISFACTION))
        .addAllDefaultRules(methodologyDefaults())
        .build();
  }

  private static Rulebook buildGuangzhou() {
    String assumed = "权重为推定：未找到广州市2021年度官方评分表";
    return Rulebook.builder().id(GUANGZHOU_DEPARTMENT_2021)
        .title("广州市2021年度部门整体支出绩效自评表（推定）").source("广州市财政局 部门整体支出绩效自评（2021年度）")
        .evaluationKind(EvaluationKind.DEPARTMENT_WIDE).firstYear(2021).lastYear(2021)
        .provenance(Provenance.reconstructed("依据广州市白云区人民代表大会常务委员会办公室"
                + "2021年部门整体支出绩效自评报告的表述：履职效能；资金管理（预算完成率未能达到100%）、"
                + "采购管理、信息公开管理、资产管理、成本管理、绩效管理",
            "履职效能 50 / 管理效率 50 的划分及其下各项权重",
            "履职效能以重点工作办结率（25）和定性指标履职效果（25）衡量",
            "资金管理（20）含预算完成率（10，以 100% 为目标按比例计分）、“三公经费”控制率（5，超过"
                + " 100% 每个百分点扣 1 分）和资金使用合规性（5，按发现问题）",
            "采购管理、资产管理、成本管理、绩效管理和信息公开管理各 6 分，按发现问题逐项扣分"))
        .addIndicators(
            node("1", "履职效能", "50").assumption(assumed).build(),
            node("1.1", "重点工作办结率", "25").kind(IndicatorKind.QUANTITATIVE)
                .direction(Direction.AT_LEAST).target(HUNDRED).unit("%")
                .formula(Formulas.KEY_TASK_COMPLETION).rule(BuiltInRules.proportional())
                .assumption(assumed).build(),
            node("1.2", "履职效果", "25").kind(IndicatorKind.QUALITATIVE)
                .rule(BuiltInRules.qualitative()).assumption(assumed).build(),
            node("2", "管理效率", "50").assumption(assumed).build(),
            node("2.1", "资金管理", "20").assumption(assumed).build(),
            node("2.1.1", "预算完成率", "10").kind(IndicatorKind.QUANTITATIVE)
                .direction(Direction.AT_LEAST).target(HUNDRED).unit("%")
                .formula(Formulas.EXECUTION_RATE).rule(BuiltInRules.proportional())
                .addAliases("预算执行率").assumption(assumed).build(),
            node("2.1.2", "\"三公经费\"控制率", "5").kind(IndicatorKind.QUANTITATIVE)
                .direction(Direction.AT_MOST).target(HUNDRED).unit("%")
                .formula(Formulas.THREE_PUBLIC_CONTROL)
                .rule(BuiltInRules.threshold(HUNDRED, BigDecimal.ONE)).assumption(assumed).build(),
            byFindings("2.1.3", "资金使用合规性", "5", assumed),
            byFindings("2.2", "采购管理", "6", assumed),
            byFindings("2.3", "资产管理", "6", assumed),
            byFindings("2.4", "成本管理", "6", assumed),
            byFindings("2.5", "绩效管理", "6", assumed),
            byFindings("2.6", "信息公开管理", "6", assumed))
        .addAllDefaultRules(methodologyDefaults())
        .build();
  }
}
