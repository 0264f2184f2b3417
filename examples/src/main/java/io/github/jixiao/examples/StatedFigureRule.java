package io.github.jixiao.examples;

import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.MessageBundles;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.Monotonicity;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.RuleProblems;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A scoring rule of one's own (自定义评分规则): scores an indicator by a rate the report itself
 * states with its numerator and denominator (报告所载比率) — weight × min(numerator ÷ denominator,
 * 1) — recomputed from the two figures rather than taken as printed. A figure without them, or
 * with a negative one, is missing input (0 points); a zero denominator makes it not applicable.
 * So the points always lie in [0, weight], as the rule contract requires. A rulebook names it by its
 * type id and says which figure in the rule's options:
 *
 * <pre>{@code
 * "rule": {"type": "stated-figure-rate", "options": {"figure": "problems-solved-rate"}}
 * }</pre>
 *
 * <p>Pure and thread-safe, as {@link ScoringRule} requires: it reads only its input.
 */
public final class StatedFigureRule implements ScoringRule {

  /** The type id a rulebook names the rule by. */
  public static final String TYPE = "stated-figure-rate";

  /**
   * The rule's own message bundle, {@code io/github/jixiao/examples/messages.properties} and
   * {@code messages_zh.properties}: its explanations are keys and arguments, worded there.
   */
  public static final String MESSAGES = "io.github.jixiao.examples.messages";

  /** Creates the rule and registers its bundle (once per JVM; again does nothing). */
  public StatedFigureRule() {
    MessageBundles.register(MESSAGES, StatedFigureRule.class.getClassLoader());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RuleOutcome score(RuleInput input) {
    String code = input.getSpec().option("figure", "");
    Optional<StatedFigure> figure = input.getEvaluation().flatMap(e -> e.getStatedFigures()
        .stream().filter(f -> f.getCode().equals(code)).findFirst())
        .filter(f -> f.getNumerator().isPresent());
    if (figure.isEmpty()) {
      return RuleOutcome.missingInput(Message.of("example.stated-figure-rate.missing",
          Argument.text("name", input.getIndicatorName()), Argument.text("figure", code)));
    }
    BigDecimal numerator = figure.get().getNumerator().get();
    BigDecimal denominator = figure.get().getDenominator().orElseThrow();
    if (numerator.signum() < 0 || denominator.signum() < 0) {
      // counts cannot be negative: such figures are no rate to score by, and points stay >= 0
      return RuleOutcome.missingInput(Message.of("example.stated-figure-rate.negative",
          Argument.text("name", input.getIndicatorName()), Argument.text("figure", code),
          Argument.number("numerator", numerator), Argument.number("denominator", denominator)));
    }
    if (denominator.signum() == 0) {
      return RuleOutcome.notApplicable(Message.of("example.stated-figure-rate.zero",
          Argument.text("name", input.getIndicatorName()), Argument.text("figure", code)));
    }
    BigDecimal ratio = numerator.divide(denominator, 10, RoundingMode.HALF_UP).min(BigDecimal.ONE);
    BigDecimal points = input.getWeight().multiply(ratio);
    return RuleOutcome.scored(points, Message.of("example.stated-figure-rate.scored",
        Argument.text("name", input.getIndicatorName()), Argument.number("numerator", numerator),
        Argument.number("denominator", denominator),
        Argument.number("rate", ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP)),
        Argument.number("weight", input.getWeight()),
        Argument.number("points", input.round(points))));
  }

  /**
   * A rulebook that names this rule must say which figure: the scorer runs this check before it
   * scores anything, and stops, naming the indicator, when it reports a problem.
   */
  @Override
  public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
    if (spec.option("figure", "").isBlank()) {
      problems.add("options.figure", Message.of("example.stated-figure-rate.no-figure",
          Argument.text("rule", TYPE), Argument.text("option", "options.figure")));
    }
  }

  /**
   * None: the rule scores by the report's stated figure and never reads the indicator's actual
   * value ({@link RuleInput#getActual()}), which is what a declared direction is about. (More
   * solved does give more points, but through the figure, not the actual value.)
   */
  @Override
  public Monotonicity monotonicity(RuleSpec spec) {
    return Monotonicity.NONE;
  }
}
