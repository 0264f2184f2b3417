package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.List;

/**
 * Runs a rule on one indicator without trusting it (评分方法防护): what it throws, a null outcome,
 * points outside [0, weight] and points of an absurd scale or precision are reported as a {@link
 * ScoringException} naming the rule and the indicator, before any arithmetic on them (the one
 * line allowed above its weight is an execution line its rulebook does not cap, up to weight ×
 * rate); a rule slower
 * than {@link #SLOW_MILLIS} is noted on the card.
 */
final class RuleGuard {

  /** A rule that takes longer than this on one indicator is noted on the card. */
  static final long SLOW_MILLIS = 1000;

  /** Decimals beyond the rounding scale an outcome may have: built-in rules keep to 10. */
  static final int SCALE_MARGIN = 20;

  /** The most significant digits an outcome may have. */
  static final int MAX_PRECISION = 40;

  private static final Argument LIMIT = Argument.number("limit", SLOW_MILLIS);

  private final String rulebookId;
  private final int maxScale;
  private final List<Message> notes;

  RuleGuard(String rulebookId, int roundingScale, List<Message> notes) {
    this.rulebookId = rulebookId;
    this.maxScale = roundingScale + SCALE_MARGIN;
    this.notes = notes;
  }

  RuleOutcome score(ScoringRule rule, String type, RuleInput input) {
    return score(rule, type, input, input.getWeight());
  }

  /**
   * As {@link #score(ScoringRule, String, RuleInput)}, refusing points above {@code ceiling}
   * rather than above the weight: the scorer passes a ceiling above the weight for one case only,
   * an execution line its rulebook does not cap ({@link UncappedExecution#ceiling}).
   */
  RuleOutcome score(ScoringRule rule, String type, RuleInput input, BigDecimal ceiling) {
    String code = input.getIndicatorCode();
    long start = System.nanoTime();
    RuleOutcome outcome;
    try {
      outcome = rule.score(input);
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      // Errors a user's rule can cause are reported by name like exceptions; OutOfMemoryError and
      // the JVM's other VirtualMachineErrors propagate. What the rule said is the cause.
      throw failed(type, code, Message.of("rules.guard.threw", type(type),
          Argument.text("class", rule.getClass().getName()), code(code),
          Argument.text("name", Echo.text(input.getIndicatorName())),
          Argument.text("exception", e.getClass().getName()),
          Argument.text("rulebook", Echo.text(rulebookId))), e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (millis > SLOW_MILLIS) {
      notes.add(Message.of("note.slow-rule", Argument.text("rule", Echo.text(type)),
          Argument.text("code", Echo.text(code)), Argument.number("millis", millis), LIMIT));
    }
    if (outcome == null) {
      throw failed(type, code, Message.of("rules.guard.no-outcome", type(type), code(code),
          Argument.text("outcome", RuleOutcome.class.getSimpleName())), null);
    }
    BigDecimal points = outcome.points();
    // Checked before anything compares or rounds them: setScale on 10^-300000000 never ends.
    // The bits first: precision() of a number of millions of digits alone takes seconds.
    if (Math.abs((long) points.scale()) > maxScale
        || points.unscaledValue().bitLength() > MAX_PRECISION * 4
        || points.precision() > MAX_PRECISION) {
      throw failed(type, code, Message.of("rules.guard.digits", type(type),
          Argument.number("points", points), code(code), Argument.text("digits", digits(points)),
          Argument.number("scale", points.scale()), Argument.number("most", MAX_PRECISION),
          Argument.number("decimals", maxScale),
          Argument.number("rounding", maxScale - SCALE_MARGIN),
          Argument.number("margin", SCALE_MARGIN)), null);
    }
    if (points.signum() < 0 || points.compareTo(ceiling) > 0) {
      Message refused = ceiling.compareTo(input.getWeight()) > 0
          ? Message.of("rules.guard.above-uncapped", type(type),
              Argument.number("points", points), code(code),
              Argument.number("weight", input.getWeight()), Argument.number("ceiling", ceiling.stripTrailingZeros()))
          : Message.of("rules.guard.out-of-range", type(type),
              Argument.number("points", points), code(code),
              Argument.number("weight", input.getWeight()));
      throw failed(type, code, refused, null);
    }
    return outcome;
  }

  // Codes and type ids come from a rulebook or an evaluation: echoed bounded and escaped.
  private static Argument type(String type) {
    return Argument.text("type", Echo.text(type));
  }

  private static Argument code(String code) {
    return Argument.text("code", Echo.text(code));
  }

  /** The digits of {@code points}, counted only when few (else {@code >40}). */
  private static String digits(BigDecimal points) {
    return points.unscaledValue().bitLength() > MAX_PRECISION * 4
        ? ">" + MAX_PRECISION : String.valueOf(points.precision());
  }

  private static ScoringException failed(String type, String code, Message message,
      Throwable cause) {
    return new ScoringException(type, code, message, cause);
  }
}
