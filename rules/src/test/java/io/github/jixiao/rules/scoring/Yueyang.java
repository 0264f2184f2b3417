package io.github.jixiao.rules.scoring;

import static io.github.jixiao.rules.rulebook.Band.exactly;
import static io.github.jixiao.rules.rulebook.Band.of;
import static io.github.jixiao.rules.rulebook.Band.openClosed;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;

import java.math.BigDecimal;

/**
 * The Yueyang (Hunan) department self-evaluation table, parts 投入 and 过程 (methodology.md,
 * confirmed from a published table): the rule specs of its nine indicators.
 */
final class Yueyang {

  private Yueyang() {}

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** 财政供养人员控制率, 5: ≤100 % → 5; −0.5 per point over. */
  static final RuleSpec STAFF = BuiltInRules.threshold(d("100"), d("0.5"));
  /** "三公经费"变动率, 5: ≤0 → 5; −0.5 per point above 0. */
  static final RuleSpec THREE_PUBLIC_CHANGE = BuiltInRules.threshold(d("0"), d("0.5"));
  /** 重点支出安排率, 5. */
  static final RuleSpec KEY_SPENDING = BuiltInRules.bands(of(null, d("60"), d("0")),
      of(d("60"), d("70"), d("2")), of(d("70"), d("80"), d("3")), of(d("80"), d("90"), d("4")),
      of(d("90"), null, d("5")));
  /** 预算调整率, 3. */
  static final RuleSpec ADJUSTMENT = BuiltInRules.bands(exactly(d("0"), d("3")),
      openClosed(d("0"), d("10"), d("2")), openClosed(d("10"), d("20"), d("1")),
      openClosed(d("20"), d("30"), d("0.5")), openClosed(d("30"), null, d("0")));
  /** 支付进度, 3: −0.5 per special fund that missed its milestone. */
  static final RuleSpec PAYMENTS = BuiltInRules.milestones(d("0.5"));
  /** 资金结余, 3: none → 3; not above last year's → 2; above → 0 (a user's rule). */
  static final RuleSpec CARRY_OVER = RuleSpec.of(CarryOverLevelRule.TYPE);
  /** "三公经费"控制率, 6: ≤100 % → 6; −1 per point over. */
  static final RuleSpec THREE_PUBLIC_CONTROL = BuiltInRules.threshold(d("100"), d("1"));
  /** 管理制度健全性, 3: 3 items, +1 each. */
  static final RuleSpec RULES_IN_PLACE = BuiltInRules.checklistAdd(3, d("1"));
  /** 资金使用合规性, 3: 5 items, −1 per violation. */
  static final RuleSpec COMPLIANCE = BuiltInRules.checklistDeduct(5, d("1"));
}
