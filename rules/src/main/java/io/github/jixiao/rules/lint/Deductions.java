package io.github.jixiao.rules.lint;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Consumer;

/**
 * The lint of what a rule takes off or adds up against the weight (扣分与分值): a checklist's
 * items missed × the points per item, one missed milestone, one percentage point beyond a
 * threshold's standard, more than the weight; a checklist whose items met add up to more than
 * it. Points stop at 0 (扣完为止) and at the weight, so the rule still scores: each is a warning
 * that the later items, milestones or points count for nothing, which is seldom what a table
 * means. A deduction cap above the weight is refused when the rulebook is built.
 */
final class Deductions {

  private Deductions() {}

  static void check(RuleSite site, Consumer<LintProblem> problems) {
    if (site.weight().isEmpty() || !site.analysed()) {
      return;
    }
    BigDecimal weight = site.weight().get();
    Argument what = Argument.message("what", site.what());
    Argument shownWeight = Argument.number("weight", weight);
    String type = site.spec().getType();
    if (type.equals(BuiltInRules.CHECKLIST)) {
      checklist(site, weight, what, shownWeight, problems);
    } else if (type.equals(BuiltInRules.MILESTONES)) {
      BigDecimal perMissed = site.param(BuiltInRules.PER_MISSED);
      if (perMissed.compareTo(weight) > 0) {
        problems.accept(LintProblem.of(LintCode.DEDUCTIONS_ABOVE_WEIGHT,
            site.at("params." + BuiltInRules.PER_MISSED),
            Message.of("rules.lint.deductions-above.milestones", what,
                Argument.number("perMissed", perMissed), shownWeight,
                Argument.text("param", BuiltInRules.PER_MISSED))));
      }
    } else if (type.equals(BuiltInRules.THRESHOLD)) {
      BigDecimal step = site.param(BuiltInRules.STEP);
      if (step.compareTo(weight) > 0) {
        problems.accept(LintProblem.of(LintCode.DEDUCTIONS_ABOVE_WEIGHT,
            site.at("params." + BuiltInRules.STEP),
            Message.of("rules.lint.deductions-above.threshold", what,
                Argument.number("standard", site.param(BuiltInRules.STANDARD)),
                Argument.number("step", step), shownWeight,
                Argument.text("param", BuiltInRules.STEP))));
      }
    }
  }

  private static void checklist(RuleSite site, BigDecimal weight, Argument what,
      Argument shownWeight, Consumer<LintProblem> problems) {
    BigDecimal items = site.param(BuiltInRules.ITEMS);
    BigDecimal perItem = site.param(BuiltInRules.PER_ITEM);
    BigDecimal all = items.multiply(perItem);
    if (all.compareTo(weight) <= 0) {
      return;
    }
    // How many items take the points to 0, or to the weight: the rest count for nothing.
    BigDecimal enough = weight.divide(perItem, 0, RoundingMode.CEILING);
    boolean deduct = "deduct".equals(site.spec().option(BuiltInRules.FORM, "add"));
    problems.accept(LintProblem.of(deduct ? LintCode.DEDUCTIONS_ABOVE_WEIGHT
        : LintCode.ITEMS_ABOVE_WEIGHT, site.at("params." + BuiltInRules.PER_ITEM),
        Message.of(deduct ? "rules.lint.deductions-above.checklist"
            : "rules.lint.items-above.checklist", what, Argument.number("items", items),
            Argument.number("perItem", perItem), Argument.number("all", RuleReach.plain(all)),
            shownWeight,
            Argument.number("enough", enough), Argument.text("param", BuiltInRules.PER_ITEM))));
  }
}
