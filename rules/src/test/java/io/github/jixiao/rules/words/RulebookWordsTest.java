package io.github.jixiao.rules.words;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.ExecutionBase;
import io.github.jixiao.rules.rulebook.ExecutionSettings;
import io.github.jixiao.rules.rulebook.MonitoringSettings;
import io.github.jixiao.rules.rulebook.ProgressCheckpoint;
import io.github.jixiao.rules.rulebook.ProvenanceStatus;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.RateSource;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.TreeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A shipped rulebook in words (评分办法说明), as {@code jixiao rulebook show} prints it: the tree in
 * order with weights, each leaf's rule in words, the grade scale, the settings, the defaults and
 * the provenance. The expected texts are written by hand from each rulebook's definition.
 */
class RulebookWordsTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private static final RulebookDescription GZ = RulebookWords.standard()
      .describe(Rulebooks.guangzhouDepartment2021());
  private static final RulebookDescription PROJECT = RulebookWords.standard()
      .describe(Rulebooks.mofProject2020());

  private static List<String> rendered(List<Message> messages, Locale locale) {
    return messages.stream().map(m -> m.render(locale)).toList();
  }

  @Test
  void theTreeComesInOrderEachParentBeforeItsChildren() {
    assertThat(GZ.getIndicators()).extracting(IndicatorWords::getCode).containsExactly("1",
        "1.1", "1.2", "2", "2.1", "2.1.1", "2.1.2", "2.1.3", "2.2", "2.3", "2.4", "2.5", "2.6");
    assertThat(GZ.getIndicators()).extracting(IndicatorWords::getLevel)
        .containsExactly(1, 2, 2, 1, 2, 3, 3, 3, 2, 2, 2, 2, 2);
    IndicatorWords money = GZ.indicator("2.1").orElseThrow();
    assertThat(money.getName()).isEqualTo("资金管理");
    assertThat(money.isLeaf()).isFalse();
    assertThat(money.getRule()).isEmpty();
    assertThat(money.getWeightWords().render(ZH)).isEqualTo("20 分");
    assertThat(money.getWeightWords().render(EN)).isEqualTo("20 points");
  }

  @Test
  void theThreePublicExpensesControlRateReadsAsItsThresholdRule() {
    IndicatorWords control = GZ.indicator("2.1.2").orElseThrow();
    assertThat(control.getName()).isEqualTo("\"三公经费\"控制率");
    assertThat(control.getParentCode()).contains("2.1");
    assertThat(control.isLeaf()).isTrue();
    assertThat(control.getWeight()).contains(new BigDecimal("5"));
    RuleWords rule = control.getRule().orElseThrow();
    assertThat(rule.getOrigin()).isEqualTo(RuleOrigin.OWN);
    assertThat(rule.isDescribed()).isTrue();
    assertThat(rule.getSpec().getType()).isEqualTo("threshold");
    // standard 100, step 1, weight 5; the spec counts a fraction of a point proportionally.
    assertThat(rule.getWords().render(ZH))
        .isEqualTo("≤100% → 5；每超 1 个百分点扣 1（不足 1 个百分点的按比例扣），扣完为止");
    assertThat(rule.getWords().render(EN)).isEqualTo("≤ 100 % → 5; −1 per percentage point over"
        + " (part of a point counts proportionally), floored at 0");
    assertThat(control.getTargetWords().orElseThrow().render(ZH)).isEqualTo("目标值 ≤ 100%");
    assertThat(rendered(control.getNotes(), ZH))
        .containsExactly("实际值按计算公式 three-public-control 计算");
    assertThat(control.getAssumption()).contains("权重为推定：未找到广州市2021年度官方评分表");
  }

  @Test
  void theOtherLeavesOfGuangzhouSayTheirRules() {
    assertThat(GZ.indicator("2.1.1").orElseThrow().getRule().orElseThrow().getWords()
        .render(ZH)).isEqualTo("得分 = 10 × 实际值 ÷ 目标值，最高为10");
    assertThat(GZ.indicator("2.1.1").orElseThrow().getAliases()).containsExactly("预算执行率");
    assertThat(GZ.indicator("1.2").orElseThrow().getRule().orElseThrow().getWords().render(ZH))
        .isEqualTo("按完成程度得权重的：达成 80–100%，部分达成 60–<80%，未达成 0–<60%；"
            + "由单位在档次内自评，未自评或超出档次时取档次下限");
    assertThat(GZ.indicator("2.4").orElseThrow().getRule().orElseThrow().getWords().render(ZH))
        .isEqualTo("按发现问题逐项扣分，扣完为止");
  }

  @Test
  void theHeaderSaysTheKindTheYearsAndTheProvenance() {
    assertThat(GZ.getId()).isEqualTo("gz-dept-2021");
    assertThat(GZ.getKindWords().render(ZH)).isEqualTo("部门整体支出绩效自评");
    assertThat(GZ.getYearsWords().render(ZH)).isEqualTo("2021 年度");
    assertThat(GZ.getYearsWords().render(EN)).isEqualTo("fiscal year 2021");
    assertThat(GZ.getTreeKind()).isEqualTo(TreeKind.COMPLETE);
    ProvenanceWords provenance = GZ.getProvenance();
    assertThat(provenance.getStatus()).isEqualTo(ProvenanceStatus.RECONSTRUCTED);
    assertThat(provenance.getStatusWords().render(ZH)).isEqualTo("推定");
    assertThat(provenance.getStatusWords().render(EN)).isEqualTo("reconstructed");
    assertThat(provenance.getAssumptions()).hasSize(4)
        .first().isEqualTo("履职效能 50 / 管理效率 50 的划分及其下各项权重");
    assertThat(PROJECT.getKindWords().render(ZH)).isEqualTo("项目支出绩效自评");
    assertThat(PROJECT.getYearsWords().render(ZH)).isEqualTo("2020 年度起");
    assertThat(PROJECT.getProvenance().getStatusWords().render(ZH)).isEqualTo("已确认");
    assertThat(PROJECT.getTreeKind()).isEqualTo(TreeKind.OPEN);
  }

  @Test
  void theGradeScaleReadsBestGradeFirst() {
    assertThat(PROJECT.getGradeScale().render(ZH)).isEqualTo("优 90–100，良 80–<90，中 60–<80，差 <60");
    assertThat(PROJECT.getGradeScale().render(EN))
        .isEqualTo("excellent 90–100, good 80–<90, fair 60–<80, poor <60");
  }

  @Test
  void anOpenGroupSaysWhereItsIndicatorsComeFromAndWhereItsWeightGoes() {
    IndicatorWords satisfaction = PROJECT.indicator("4").orElseThrow();
    assertThat(satisfaction.isOpen()).isTrue();
    assertThat(satisfaction.isLeaf()).isFalse();
    assertThat(satisfaction.getRule()).isEmpty();
    assertThat(satisfaction.getRedistributeTo()).containsExactly("2", "3");
    assertThat(rendered(satisfaction.getNotes(), ZH)).containsExactly("下级指标由评价表列出",
        "评价表中没有其下级指标时，其分值按权重比例转入 2 产出、3 效益");
    assertThat(rendered(satisfaction.getNotes(), EN)).containsExactly(
        "its indicators come from the evaluation's table", "when the table has no indicator"
            + " under it, its weight moves to 2 产出, 3 效益 in proportion to their weights");
    IndicatorWords execution = PROJECT.indicator("1").orElseThrow();
    assertThat(execution.getRule().orElseThrow().getWords().render(ZH))
        .isEqualTo("得分 = 10 × 实际值 ÷ 100，最高为10");
    assertThat(execution.getTargetWords().orElseThrow().render(ZH)).isEqualTo("目标值 ≥ 100%");
    assertThat(execution.getDescription()).contains("10 × 执行数 ÷ 预算数, 最高 10 分");
  }

  @Test
  void theSettingsSayHowTheScorerTreatsTheWholeTable() {
    assertThat(rendered(PROJECT.getSettings(), ZH)).containsExactly(
        "预算执行率（计算公式 execution-rate）以全年预算数为分母，得分不超过分值",
        "每项得分按四舍五入保留 2 位小数，按未取整的比率计分；总分为各项得分之和",
        "记录在指标上的扣分从其得分中扣除，扣完为止",
        "不扣减分数列：填报的扣减分数不扣除，评分表注明",
        "监控信号灯：正向指标与序时进度（线性，月份 ÷ 12）之比低于 60 为红灯，低于 80 为黄灯，低于 120 为绿灯，"
            + "120 及以上为蓝灯；预算执行低于 60 为红灯，低于 80 为黄灯，其余为绿灯");
    Rulebook other = Rulebooks.mofProject2020()
        .withExecution(ExecutionSettings.builder().capped(false)
            .base(ExecutionBase.FULL_YEAR_WITH_CARRY_OVER).build())
        .withRounding(RoundingPolicy.builder().scale(0).mode(RoundingMode.DOWN)
            .rateSource(RateSource.STATED).build())
        .withDeductionsColumn(true)
        .withMonitoring(MonitoringSettings.builder().greenFrom(new BigDecimal("85"))
            .addCheckpoints(ProgressCheckpoint.of(2, new BigDecimal("50")),
                ProgressCheckpoint.of(6, new BigDecimal("100.00"))).build());
    assertThat(rendered(RulebookWords.standard().describe(other).getSettings(), ZH))
        .containsExactly("预算执行率（计算公式 execution-rate）以全年预算数（含上年结转结余）为分母，"
                + "按比例计分时不封顶：得分 = 分值 × 执行率，可高于分值",
            "每项得分按截尾（直接舍去）取整数分，按列示比率（百分数保留两位小数）计分；总分为各项得分之和",
            "记录在指标上的扣分从其得分中扣除，扣完为止",
            "扣减分数列也从指标得分中扣除，与扣分合计不超过扣分上限，扣完为止",
            "监控信号灯：正向指标与序时进度（按进度节点：2 月底前 50%，6 月底前 100%，节点之间线性）之比低于 60 为红灯，"
                + "低于 85 为黄灯，低于 120 为绿灯，120 及以上为蓝灯；预算执行低于 60 为红灯，低于 80 为黄灯，其余为绿灯");
    assertThat(RulebookWords.standard().describe(other).getSettings().get(1).render(EN))
        .isEqualTo("each indicator's points are rounded by truncation to whole points, from the"
            + " stated rate (percent at 2 decimals); the total is the sum of the rounded points");
  }

  @Test
  void theDefaultRulesSayTheRuleOfEachKindAndDirection() {
    assertThat(rendered(PROJECT.getDefaultRules(), ZH)).containsExactly(
        "定量指标（正向）：得分 = 权重 × 实际值 ÷ 目标值，最高为权重",
        "定量指标（反向）：实际值 ≤ 目标值 → 权重；超过时得分 = 权重 × 目标值 ÷ 实际值",
        "定量指标（等于）：目标值为 0 时：实际值 ≤ 0 → 权重，否则 0；目标值大于 0 时："
            + "得分 = 权重 × 实际值 ÷ 目标值，最高为权重",
        "定性指标：按完成程度得权重的：达成 80–100%，部分达成 60–<80%，未达成 0–<60%；"
            + "由单位在档次内自评，未自评或超出档次时取档次下限");
    RulebookDescription bare = RulebookWords.standard()
        .describe(Rulebooks.mofProject2020().withDefaultRules(List.of()));
    assertThat(bare.getDefaultRules().get(0).render(ZH))
        .isEqualTo("定量指标（正向，规则表未列出，按内置默认）：得分 = 权重 × 实际值 ÷ 目标值，最高为权重");
    assertThat(bare.getDefaultRules().get(3).render(EN)).startsWith(
        "qualitative indicators, not listed by the rulebook, the built-in default: by the level");
  }

  @Test
  void aDeductionCapAndADirectionLeftToTheTableAreNoted() {
    Rulebook changed = Rulebooks.guangzhouDepartment2021().withIndicators(java.util.Map.of(
        "2.1.3", i -> i.withDeductionCap(new BigDecimal("3.00")),
        "2.1.1", i -> i.withRule(java.util.Optional.empty())
            .withDirection(java.util.Optional.empty())));
    RulebookDescription described = RulebookWords.standard().describe(changed);
    assertThat(rendered(described.indicator("2.1.3").orElseThrow().getNotes(), ZH))
        .containsExactly("扣分最多 3 分");
    IndicatorWords execution = described.indicator("2.1.1").orElseThrow();
    assertThat(execution.getTargetWords().orElseThrow().render(ZH)).isEqualTo("目标值 100%");
    assertThat(execution.getRule().orElseThrow().getOrigin())
        .isEqualTo(RuleOrigin.BUILT_IN_DEFAULT);
    assertThat(rendered(execution.getNotes(), ZH)).containsExactly(
        "实际值按计算公式 execution-rate 计算",
        "未写明方向：默认评分方法按评价表中指标的方向确定（此处按正向说明）");
  }

  @Test
  void aLeafWithoutARuleOfItsOwnReadsAsTheDefaultItIsScoredBy() {
    RulebookDescription framework = RulebookWords.standard()
        .describe(Rulebooks.mofDepartment2013());
    IndicatorWords control = framework.indicator("2.1.7").orElseThrow();
    assertThat(control.getWeight()).isEmpty();
    assertThat(control.getWeightWords().render(ZH)).isEqualTo("分值取自评价表");
    RuleWords rule = control.getRule().orElseThrow();
    assertThat(rule.getOrigin()).isEqualTo(RuleOrigin.RULEBOOK_DEFAULT);
    assertThat(rule.getWords().render(ZH))
        .isEqualTo("实际值 ≤ 目标值 → 权重；超过时得分 = 权重 × 目标值 ÷ 实际值");
    assertThat(framework.getYearsWords().render(ZH)).isEqualTo("2013 年度起");
    RulebookDescription bare = RulebookWords.standard()
        .describe(Rulebooks.mofDepartment2013().withDefaultRules(List.of()));
    assertThat(bare.indicator("2.1.7").orElseThrow().getRule().orElseThrow().getOrigin())
        .isEqualTo(RuleOrigin.BUILT_IN_DEFAULT);
  }
}
