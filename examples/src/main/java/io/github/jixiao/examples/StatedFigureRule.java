package io.github.jixiao.examples;

import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.rules.explanation.Argument;
import io.github.jixiao.rules.explanation.Explanation;
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
      return RuleOutcome.missingInput(Explanation.custom("stated-figure-rate.missing",
          "{name} 报告未载明比率 {figure} 的分子分母，得 0 分",
          "{name}: the report states no figure {figure} with numerator and denominator; 0 points",
          Argument.text("name", input.getIndicatorName()), Argument.text("figure", code)));
    }
    BigDecimal numerator = figure.get().getNumerator().get();
    BigDecimal denominator = figure.get().getDenominator().orElseThrow();
    if (numerator.signum() < 0 || denominator.signum() < 0) {
      // counts cannot be negative: such figures are no rate to score by, and points stay >= 0
      return RuleOutcome.missingInput(Explanation.custom("stated-figure-rate.negative",
          "{name} 比率 {figure} 的分子或分母为负（{numerator}/{denominator}），不能据以计分，得 0 分",
          "{name}: figure {figure} has a negative numerator or denominator ({numerator}/"
              + "{denominator}); no rate to score by, 0 points",
          Argument.text("name", input.getIndicatorName()), Argument.text("figure", code),
          Argument.number("numerator", numerator), Argument.number("denominator", denominator)));
    }
    if (denominator.signum() == 0) {
      return RuleOutcome.notApplicable(Explanation.custom("stated-figure-rate.zero",
          "{name} 比率 {figure} 的分母为 0，不适用", "{name}: figure {figure} has a zero denominator;"
              + " not applicable",
          Argument.text("name", input.getIndicatorName()), Argument.text("figure", code)));
    }
    BigDecimal ratio = numerator.divide(denominator, 10, RoundingMode.HALF_UP).min(BigDecimal.ONE);
    BigDecimal points = input.getWeight().multiply(ratio);
    return RuleOutcome.scored(points, Explanation.custom("stated-figure-rate",
        "{name} 按报告所载 {numerator}/{denominator} = {rate}% 计分，得分 = {weight} × {rate}% = {points}",
        "{name} scored by the report's {numerator}/{denominator} = {rate}%: points = {weight} ×"
            + " {rate}% = {points}",
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
      problems.add("options.figure", "the stated-figure-rate rule needs the code of a stated"
          + " figure in options.figure", "stated-figure-rate 规则须在 options.figure 中注明表述数据代码");
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
