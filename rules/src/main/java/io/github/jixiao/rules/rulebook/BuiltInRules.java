package io.github.jixiao.rules.rulebook;

import io.github.jixiao.core.QualitativeScale;
import java.math.BigDecimal;
import java.util.List;

/**
 * The built-in scoring rules of the methodology (内置评分方法): their type ids, parameter names and
 * factories of {@link RuleSpec}s naming them.
 *
 * <table>
 *   <caption>Built-in rules</caption>
 *   <tr><th>type id</th><th>rule</th><th>points</th><th>parameters</th></tr>
 *   <tr><td>{@code proportional}</td><td>正向, 按比例</td><td>weight × min(actual ÷ target, 1)</td>
 *       <td>{@code target} (else the indicator's)</td></tr>
 *   <tr><td>{@code reverse-ratio}</td><td>反向</td><td>weight if actual ≤ target, else weight ×
 *       target ÷ actual</td><td>{@code target}</td></tr>
 *   <tr><td>{@code reverse-linear}</td><td>反向 (线性)</td><td>weight if actual ≤ target; 0 if
 *       actual ≥ 2 × target; linear between</td><td>{@code target} &gt; 0</td></tr>
 *   <tr><td>{@code equal}</td><td>等于</td><td>target 0: weight if actual ≤ 0 else 0; otherwise as
 *       proportional</td><td>{@code target}</td></tr>
 *   <tr><td>{@code qualitative}</td><td>定性</td><td>three-step: 达成 [80 %, 100 %] of weight,
 *       部分达成 [60 %, 80 %), 未达成 [0, 60 %); five-step: 优 [{@code excellentFrom}, 100 %], 良
 *       [{@code goodFrom}, {@code excellentFrom}), 中, 低, 差 [0, {@code lowFrom}); the unit's
 *       chosen points if inside the band, else the band's {@code pick}</td><td>option {@code
 *       scale} {@code three-step} (default) or {@code five-step}; three-step: {@code achievedFrom}
 *       0.8, {@code partlyFrom} 0.6; five-step (no published defaults, all four required): {@code
 *       excellentFrom}, {@code goodFrom}, {@code fairFrom}, {@code lowFrom}; option {@code pick}
 *       {@code lower} (default) or {@code upper}</td></tr>
 *   <tr><td>{@code bands}</td><td>分档</td><td>the points of the band the value lies in</td>
 *       <td>bands</td></tr>
 *   <tr><td>{@code threshold}</td><td>超标扣分</td><td>weight while within {@code standard}; then
 *       −{@code step} per percentage point beyond, floor 0</td><td>{@code standard}, {@code step};
 *       options {@code direction} ({@code at-most} default, {@code at-least}), {@code fraction}
 *       ({@code proportional} default, {@code whole-points})</td></tr>
 *   <tr><td>{@code checklist}</td><td>清单</td><td>add: {@code perItem} × items met, at most the
 *       weight; deduct: weight − {@code perItem} × items missed, floor 0</td><td>{@code items},
 *       {@code perItem}; option {@code form} ({@code add} default, {@code deduct})</td></tr>
 *   <tr><td>{@code deduction}</td><td>发现一项扣X分</td><td>weight; the indicator's deductions
 *       are taken off by the scorer</td><td>none</td></tr>
 *   <tr><td>{@code milestones}</td><td>节点扣分</td><td>weight − {@code perMissed} × milestones
 *       missed, floor 0</td><td>{@code perMissed}</td></tr>
 *   <tr><td>{@code coefficient}</td><td>得分系数</td><td>weight × the entry's coefficient ÷ 100
 *       (权重 × 得分系数)</td><td>none</td></tr>
 *   <tr><td>{@code range-bands}</td><td>分档区间</td><td>the band the value lies in gives a range
 *       of points (its {@code points} to {@code pointsTo}); the unit's chosen points if inside
 *       the range, else the range's {@code pick}</td><td>bands with {@code pointsTo}; option
 *       {@code pick} {@code lower} (default) or {@code upper}</td></tr>
 * </table>
 *
 * <p>Every rule's value input is the indicator's actual value: the rate for rate rules, the
 * number of items met for a checklist, the number of milestones missed for milestones. Deductions
 * (扣分) recorded against an indicator are taken off whatever its rule, floored at zero.
 */
public final class BuiltInRules {

  /** 正向, 按比例. */
  public static final String PROPORTIONAL = "proportional";
  /** 反向: target ÷ actual beyond the target. */
  public static final String REVERSE_RATIO = "reverse-ratio";
  /** 反向: linear to 0 at twice the target. */
  public static final String REVERSE_LINEAR = "reverse-linear";
  /** 等于. */
  public static final String EQUAL = "equal";
  /** 定性: a level and a band of points per level. */
  public static final String QUALITATIVE = "qualitative";
  /** 分档: a table of bands. */
  public static final String BANDS = "bands";
  /** A standard and a linear deduction per percentage point beyond it. */
  public static final String THRESHOLD = "threshold";
  /** A checklist, by items met or missed. */
  public static final String CHECKLIST = "checklist";
  /** 发现一项扣X分: full points less the indicator's deductions. */
  public static final String DEDUCTION = "deduction";
  /** A deduction per milestone missed. */
  public static final String MILESTONES = "milestones";
  /**
   * 得分系数: weight × the entry's coefficient, in percent — the Chongqing-style 部门整体绩效自评表
   * (formats.md, table C: "Score = 权重 × 得分系数"), confirmed by that table's columns. 是否核心指标,
   * the form's core flag, is not read.
   */
  public static final String COEFFICIENT = "coefficient";
  /**
   * 分档区间: a band table whose bands give a range of points ({@link Band#getPointsTo()}), inside
   * which the unit picks — a research-project form (rulebooks.md, "Banded ranges on a completion
   * rate": 全部完成 60; 完成 80 % 以上 41–59; 完成 60 % 及以上 21–40; 完成 60 % 以下 0–20), confirmed;
   * where each printed band begins and ends ("以上" against "及以上") is the rulebook's reading.
   */
  public static final String RANGE_BANDS = "range-bands";

  /** Parameter: the target, overriding the indicator's. */
  public static final String TARGET = "target";
  /** Parameter of {@code threshold}: the standard (100 for 100 %). */
  public static final String STANDARD = "standard";
  /** Parameter of {@code threshold}: the points lost per percentage point beyond the standard. */
  public static final String STEP = "step";
  /** Option of {@code threshold}: {@code at-most} (default) or {@code at-least}. */
  public static final String DIRECTION = "direction";
  /** Option of {@code threshold}: {@code proportional} (default) or {@code whole-points}. */
  public static final String FRACTION = "fraction";
  /** Parameter of {@code checklist}: the number of items. */
  public static final String ITEMS = "items";
  /** Parameter of {@code checklist}: the points per item. */
  public static final String PER_ITEM = "perItem";
  /** Option of {@code checklist}: {@code add} (default) or {@code deduct}. */
  public static final String FORM = "form";
  /** Parameter of {@code milestones}: the points lost per milestone missed. */
  public static final String PER_MISSED = "perMissed";
  /**
   * Parameter of a three-step {@code qualitative}: the lowest share of the weight for 达成; 0.8
   * unless said otherwise (the national form, confirmed; the 2020 municipal form's too).
   */
  public static final String ACHIEVED_FROM = "achievedFrom";
  /**
   * Parameter of a three-step {@code qualitative}: the lowest share of the weight for 部分达成; 0.6
   * unless said otherwise (the national form, confirmed); 0.5 in a 2020 municipal form, whose
   * printed table reads 100–80 % / 80–50 % / 50–0 % (rulebooks.md).
   */
  public static final String PARTLY_FROM = "partlyFrom";
  /**
   * Option of {@code qualitative} and {@code range-bands}: {@code lower} (default) or {@code
   * upper} end of the band, given when the unit's points are missing or refused.
   */
  public static final String PICK = "pick";
  /**
   * Option of {@code qualitative}: the scale of levels (定性指标分级), {@code three-step} (default,
   * 达成 / 部分达成 / 未达成, the national form) or {@code five-step} (优 / 良 / 中 / 低 / 差, which
   * the Sichuan 2023 project form names for 定性 without publishing bands: a five-step spec states
   * its four lower bounds, and there are no defaults); see {@link QualitativeScale#id()}.
   */
  public static final String SCALE = "scale";
  /** Parameter of a five-step {@code qualitative}: the lowest share of the weight for 优. */
  public static final String EXCELLENT_FROM = "excellentFrom";
  /** Parameter of a five-step {@code qualitative}: the lowest share of the weight for 良. */
  public static final String GOOD_FROM = "goodFrom";
  /** Parameter of a five-step {@code qualitative}: the lowest share of the weight for 中. */
  public static final String FAIR_FROM = "fairFrom";
  /** Parameter of a five-step {@code qualitative}: the lowest share of the weight for 低. */
  public static final String LOW_FROM = "lowFrom";

  /** How a fraction of a percentage point counts in a {@code threshold} rule (不足1个百分点). */
  public enum Fraction {
    /** Proportionally: 0.5 of a point beyond costs half a step. The default. */
    PROPORTIONAL("proportional"),
    /** As a whole point: any part of a point beyond costs a whole step. */
    WHOLE_POINTS("whole-points");

    private final String id;

    Fraction(String id) {
      this.id = id;
    }

    /** The option value, e.g. {@code whole-points}. */
    public String id() {
      return id;
    }
  }

  private BuiltInRules() {}

  /** Every built-in type id, in the methodology's order. */
  public static List<String> ids() {
    return List.of(PROPORTIONAL, REVERSE_RATIO, REVERSE_LINEAR, EQUAL, QUALITATIVE, BANDS,
        THRESHOLD, CHECKLIST, DEDUCTION, MILESTONES, COEFFICIENT, RANGE_BANDS);
  }

  /** Proportional to the indicator's target. */
  public static RuleSpec proportional() {
    return RuleSpec.of(PROPORTIONAL);
  }

  /** Proportional to {@code target}, e.g. 100 for 预算执行率. */
  public static RuleSpec proportional(BigDecimal target) {
    return RuleSpec.builder().type(PROPORTIONAL).putParam(TARGET, target).build();
  }

  /** Reverse ratio against the indicator's target. */
  public static RuleSpec reverseRatio() {
    return RuleSpec.of(REVERSE_RATIO);
  }

  /** Reverse linear against the indicator's target. */
  public static RuleSpec reverseLinear() {
    return RuleSpec.of(REVERSE_LINEAR);
  }

  /** Equal to the indicator's target. */
  public static RuleSpec equal() {
    return RuleSpec.of(EQUAL);
  }

  /** Qualitative, with the methodology's bands (达成 ≥ 80 %, 部分达成 ≥ 60 %). */
  public static RuleSpec qualitative() {
    return RuleSpec.of(QUALITATIVE);
  }

  /**
   * Qualitative on the three-step scale with other lower bounds, as shares of the weight: the 2020
   * municipal form's 100–80 % / 80–50 % / 50–0 % is {@code qualitative(0.8, 0.5)}.
   */
  public static RuleSpec qualitative(BigDecimal achievedFrom, BigDecimal partlyFrom) {
    return RuleSpec.builder().type(QUALITATIVE).putParam(ACHIEVED_FROM, achievedFrom)
        .putParam(PARTLY_FROM, partlyFrom).build();
  }

  /**
   * Qualitative on the five-step scale (优 / 良 / 中 / 低 / 差) with the lower bounds of 优, 良, 中 and
   * 低 as shares of the weight, strictly descending in (0, 1]; 差 runs from 0. No form publishes
   * them: the rulebook must state its own.
   */
  public static RuleSpec qualitativeFiveStep(BigDecimal excellentFrom, BigDecimal goodFrom,
      BigDecimal fairFrom, BigDecimal lowFrom) {
    return RuleSpec.builder().type(QUALITATIVE)
        .putOption(SCALE, QualitativeScale.FIVE_STEP.id())
        .putParam(EXCELLENT_FROM, excellentFrom).putParam(GOOD_FROM, goodFrom)
        .putParam(FAIR_FROM, fairFrom).putParam(LOW_FROM, lowFrom).build();
  }

  /** The band table {@code bands}, in ascending order of value. */
  public static RuleSpec bands(Band... bands) {
    return RuleSpec.builder().type(BANDS).addBands(bands).build();
  }

  /** Full points up to {@code standard}, −{@code step} per percentage point over, proportionally. */
  public static RuleSpec threshold(BigDecimal standard, BigDecimal step) {
    return threshold(standard, step, Fraction.PROPORTIONAL);
  }

  /** Full points up to {@code standard}, −{@code step} per percentage point over. */
  public static RuleSpec threshold(BigDecimal standard, BigDecimal step, Fraction fraction) {
    return RuleSpec.builder().type(THRESHOLD).putParam(STANDARD, standard).putParam(STEP, step)
        .putOption(FRACTION, fraction.id()).build();
  }

  /** A checklist of {@code items} items, +{@code perItem} for each met, at most the weight. */
  public static RuleSpec checklistAdd(int items, BigDecimal perItem) {
    return RuleSpec.builder().type(CHECKLIST).putParam(ITEMS, BigDecimal.valueOf(items))
        .putParam(PER_ITEM, perItem).putOption(FORM, "add").build();
  }

  /** A checklist of {@code items} items, −{@code perItem} for each missed, floor 0. */
  public static RuleSpec checklistDeduct(int items, BigDecimal perItem) {
    return RuleSpec.builder().type(CHECKLIST).putParam(ITEMS, BigDecimal.valueOf(items))
        .putParam(PER_ITEM, perItem).putOption(FORM, "deduct").build();
  }

  /** Full points less the indicator's deductions (发现一项扣X分). */
  public static RuleSpec deductionPerFinding() {
    return RuleSpec.of(DEDUCTION);
  }

  /** −{@code perMissed} per milestone missed, floor 0. */
  public static RuleSpec milestones(BigDecimal perMissed) {
    return RuleSpec.builder().type(MILESTONES).putParam(PER_MISSED, perMissed).build();
  }

  /** Weight × the entry's 得分系数 ÷ 100. */
  public static RuleSpec coefficient() {
    return RuleSpec.of(COEFFICIENT);
  }

  /**
   * The range-band table {@code bands} (分档区间), in ascending order of value, each with its
   * lowest ({@code points}) and highest ({@code pointsTo}) points; see {@link Band#range}.
   */
  public static RuleSpec rangeBands(Band... bands) {
    return RuleSpec.builder().type(RANGE_BANDS).addBands(bands).build();
  }
}
