package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.RuleProblems;
import java.math.BigDecimal;
import java.util.Optional;

/** The arguments and outcomes the built-in rules share; no formatting, only values. */
final class Args {

  private Args() {}

  static Argument name(RuleInput in) {
    return Argument.text("name", Echo.phrase(in.getIndicatorName()));
  }

  static Argument unit(RuleInput in) {
    return Argument.text("unit", Echo.text(in.getUnit().orElse("")));
  }

  static Argument weight(RuleInput in) {
    return Argument.number("weight", plain(in.getWeight()));
  }

  static Argument actual(BigDecimal actual) {
    return Argument.number("actual", Decimals.shown(actual));
  }

  static Argument target(BigDecimal target) {
    return Argument.number("target", plain(target));
  }

  /** Without trailing zeros, never in exponent form: 100.00 → 100, 0.50 → 0.5. */
  static BigDecimal plain(BigDecimal value) {
    if (value.scale() == 0) {
      return value; // what stripping and setting the scale back to 0 would give, without copies
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  static Argument points(RuleInput in, BigDecimal points) {
    return Argument.number("points", in.round(points));
  }

  static Argument number(String name, BigDecimal value) {
    return Argument.number(name, value);
  }

  /** {@code first} followed by {@code more}. */
  static Argument[] with(Argument[] first, Argument... more) {
    Argument[] all = new Argument[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  static RuleOutcome missingActual(RuleInput in) {
    return RuleOutcome.missingInput(Message.of("missing.actual", name(in)));
  }

  static RuleOutcome missingTarget(RuleInput in) {
    return RuleOutcome.missingInput(Message.of("missing.target", name(in)));
  }

  /** A rule scored from an actual value against a target, both present. */
  @FunctionalInterface
  interface AgainstTarget {
    RuleOutcome score(RuleInput in, BigDecimal actual, BigDecimal target);
  }

  /**
   * Scores {@code in} with {@code rule} when it has both a target and an actual value; otherwise
   * the outcome says which is missing. Pass a static method reference: it allocates nothing.
   */
  static RuleOutcome againstTarget(RuleInput in, AgainstTarget rule) {
    Optional<BigDecimal> target = target(in);
    if (target.isEmpty()) {
      return missingTarget(in);
    }
    if (in.getActual().isEmpty()) {
      return missingActual(in);
    }
    return rule.score(in, in.getActual().get(), target.get());
  }

  /** The target: the spec's {@code target} parameter, else the indicator's. */
  static Optional<BigDecimal> target(RuleInput in) {
    Optional<BigDecimal> own = in.getSpec().param("target");
    return own.isPresent() ? own : in.getTarget();
  }

  /** Reports a missing or non-positive parameter. */
  static void requirePositive(RuleSpec spec, String param, RuleProblems problems) {
    Optional<BigDecimal> value = spec.param(param);
    if (value.isEmpty()) {
      problems.add("params." + param, Message.of("rules.params.missing",
          Argument.text("type", Echo.text(spec.getType())), Argument.text("param", param)));
    } else if (value.get().signum() <= 0) {
      problems.add("params." + param, Message.of("rules.params.not-positive",
          Argument.text("param", param), Argument.number("value", value.get())));
    }
  }
}
