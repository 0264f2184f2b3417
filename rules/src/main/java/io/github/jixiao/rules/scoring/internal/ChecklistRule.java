package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.Monotonicity;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.RuleParameters;
import io.github.jixiao.rules.spi.RuleProblems;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A checklist: add form, perItem × items met (at most the weight); deduct form, weight − perItem
 * × items missed (floor 0). The value is the number of items met; a value that is not a whole
 * number in [0, items] is refused and counted as the whole number at or below it (a fraction of
 * an item is not met), held within [0, items]: 2.7 of 3 counts as 2, 4 of 3 as 3, −1 as 0.
 */
final class ChecklistRule implements ScoringRule {

  @Override
  public String type() {
    return BuiltInRules.CHECKLIST;
  }

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.builder().param(BuiltInRules.ITEMS)
      .param(BuiltInRules.PER_ITEM).option(BuiltInRules.FORM, "add", "deduct").build());

  @Override
  public RuleOutcome score(RuleInput in) {
    if (in.getActual().isEmpty()) {
      return Args.missingActual(in);
    }
    RuleSpec spec = in.getSpec();
    BigDecimal items = spec.param("items").orElse(BigDecimal.ZERO);
    BigDecimal perItem = spec.param("perItem").orElse(BigDecimal.ZERO);
    BigDecimal actual = in.getActual().get();
    BigDecimal met = Decimals.clamp(actual.setScale(0, RoundingMode.FLOOR), items);
    boolean deduct = "deduct".equals(spec.option("form", "add"));
    BigDecimal missed = items.subtract(met);
    BigDecimal points = deduct
        ? Decimals.max(BigDecimal.ZERO, in.getWeight().subtract(perItem.multiply(missed)))
        : Decimals.min(in.getWeight(), perItem.multiply(met));
    Message why = Message.of(deduct ? "checklist.deduct" : "checklist.add",
        Args.name(in), Argument.number("met", met), Argument.number("missed", missed),
        Argument.number("items", Args.plain(items)), Argument.number("perItem",
            Args.plain(perItem)), Args.weight(in), Args.points(in, points));
    if (met.compareTo(actual) != 0) {
      return RuleOutcome.refused(points, Message.of("checklist.refused", Args.name(in),
          Argument.number("actual", Args.plain(actual)),
          Argument.number("items", Args.plain(items)), Argument.number("met", met),
          Args.points(in, points)));
    }
    return RuleOutcome.scored(points, why);
  }

  @Override
  public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
    Args.requirePositive(spec, "items", problems);
    Args.requirePositive(spec, "perItem", problems);
    spec.param("items").filter(i -> i.stripTrailingZeros().scale() > 0).ifPresent(i ->
        problems.add("params.items", Message.of("rules.checklist.items-whole",
            Argument.number("items", i))));
  }

  @Override
  public Monotonicity monotonicity(RuleSpec spec) {
    return Monotonicity.INCREASING;
  }

  /** "共 3 项，每满足 1 项得 1，最高为3", or deducting "共 5 项，每有 1 项未满足扣 1，扣完为止". */
  @Override
  public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
    boolean deduct = "deduct".equals(spec.option("form", "add"));
    return Optional.of(Message.of(deduct ? "rules.words.checklist.deduct"
            : "rules.words.checklist.add", Described.param(spec, BuiltInRules.ITEMS,
            BigDecimal.ZERO), Described.param(spec, BuiltInRules.PER_ITEM, BigDecimal.ZERO),
        Described.weight(weight)));
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
