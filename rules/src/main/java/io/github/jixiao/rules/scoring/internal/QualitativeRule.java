package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.RuleParameters;
import io.github.jixiao.rules.spi.RuleProblems;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * 定性: 达成 → [achievedFrom, 1] × weight, 部分达成 → [partlyFrom, achievedFrom), 未达成 → [0,
 * partlyFrom). The unit's chosen points are taken when, rounded as the card shows them, they
 * lie inside the level's band; otherwise they are refused and the band's {@code pick} end is
 * given.
 */
final class QualitativeRule implements ScoringRule {

  @Override
  public String type() {
    return BuiltInRules.QUALITATIVE;
  }

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.builder().param(BuiltInRules.ACHIEVED_FROM)
      .param(BuiltInRules.PARTLY_FROM).option(BuiltInRules.PICK, "lower", "upper").build());

  private static final BigDecimal ACHIEVED = new BigDecimal("0.8");
  private static final BigDecimal PARTLY = new BigDecimal("0.6");
  private static final Argument LOWER_END = Argument.message("end", "rules.qualitative.lower");
  private static final Argument UPPER_END = Argument.message("end", "rules.qualitative.upper");

  @Override
  public RuleOutcome score(RuleInput in) {
    if (in.getLevel().isEmpty()) {
      return RuleOutcome.missingInput(Message.of("missing.level", Args.name(in)));
    }
    QualitativeLevel level = in.getLevel().get();
    RuleSpec spec = in.getSpec();
    BigDecimal weight = in.getWeight();
    BigDecimal achieved = weight.multiply(spec.param("achievedFrom").orElse(ACHIEVED));
    BigDecimal partly = weight.multiply(spec.param("partlyFrom").orElse(PARTLY));
    BigDecimal low;
    BigDecimal high;
    boolean highIncluded = level == QualitativeLevel.ACHIEVED;
    switch (level) {
      case ACHIEVED -> {
        low = achieved;
        high = weight;
      }
      case PARTLY_ACHIEVED -> {
        low = partly;
        high = achieved;
      }
      default -> {
        low = BigDecimal.ZERO;
        high = partly;
      }
    }
    boolean upper = "upper".equals(spec.option("pick", "lower"));
    // The largest value inside a band open above, at the rounding scale: 80 % of 5 → 3.99.
    BigDecimal top = highIncluded ? high
        : high.subtract(BigDecimal.ONE.movePointLeft(in.getRounding().getScale())).max(low);
    BigDecimal picked = upper ? top : low;
    Argument[] band = {Args.name(in), Argument.message("level", Message.label(level)),
        Argument.number("low", in.round(low)), Argument.number("high", in.round(high)),
        Argument.text("close", highIncluded ? "]" : ")"),
        upper ? UPPER_END : LOWER_END};
    if (in.getChosenPoints().isEmpty()) {
      return RuleOutcome.scored(picked, Message.of("qualitative.pick",
          with(band, Args.points(in, picked))));
    }
    BigDecimal chosen = in.getChosenPoints().get();
    // The band holds the points the card will show: 3.996 for 部分达成 at weight 5 rounds to
    // 4.00, the floor of 达成, so it is outside [3, 4).
    BigDecimal kept = in.round(chosen);
    int c = kept.compareTo(high);
    boolean inside = kept.compareTo(low) >= 0 && (c < 0 || (c == 0 && highIncluded));
    if (inside) {
      return RuleOutcome.scored(chosen, Message.of("qualitative.chosen",
          with(band, Args.points(in, chosen))));
    }
    return RuleOutcome.refused(picked, Message.of("qualitative.refused",
        with(band, Argument.number("chosen", chosen), Args.points(in, picked))));
  }

  private static Argument[] with(Argument[] band, Argument... more) {
    Argument[] all = new Argument[band.length + more.length];
    System.arraycopy(band, 0, all, 0, band.length);
    System.arraycopy(more, 0, all, band.length, more.length);
    return all;
  }

  @Override
  public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
    BigDecimal achieved = spec.param("achievedFrom").orElse(ACHIEVED);
    BigDecimal partly = spec.param("partlyFrom").orElse(PARTLY);
    if (!(partly.signum() > 0 && partly.compareTo(achieved) < 0
        && achieved.compareTo(BigDecimal.ONE) <= 0)) {
      problems.add("params", Message.of("rules.qualitative.bands",
          Argument.text("partlyName", BuiltInRules.PARTLY_FROM), Argument.number("partly", partly),
          Argument.text("achievedName", BuiltInRules.ACHIEVED_FROM),
          Argument.number("achieved", achieved)));
    }
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
