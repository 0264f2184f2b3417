package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.Monotonicity;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.RuleParameters;
import io.github.jixiao.rules.spi.RuleProblems;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** 分档: the points of the band the actual value lies in. */
final class BandsRule implements ScoringRule {

  @Override
  public String type() {
    return BuiltInRules.BANDS;
  }

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.builder().bands().build());

  private static final Argument NO_LOWER = Argument.text("from", "−∞");
  private static final Argument NO_UPPER = Argument.text("to", "+∞");

  @Override
  public RuleOutcome score(RuleInput in) {
    if (in.getActual().isEmpty()) {
      return Args.missingActual(in);
    }
    BigDecimal actual = in.getActual().get();
    for (Band band : in.getSpec().getBands()) {
      if (!band.contains(actual)) {
        continue;
      }
      // Shown so that the shown figure lies in this band and in no band before it.
      Argument[] args = {Args.name(in), Args.number("actual", ShownFigure.where(actual,
          a -> firstContaining(in.getSpec().getBands(), a) == band)), Args.unit(in),
          Argument.text("open", band.isFromInclusive() ? "[" : "("),
          band.getFrom().map(f -> Argument.number("from", Args.plain(f))).orElse(NO_LOWER),
          band.getTo().map(t -> Argument.number("to", Args.plain(t))).orElse(NO_UPPER),
          Argument.text("close", band.isToInclusive() ? "]" : ")"),
          Args.points(in, band.getPoints().min(in.getWeight())), Args.weight(in)};
      if (band.getPoints().compareTo(in.getWeight()) > 0) {
        return RuleOutcome.refused(in.getWeight(), Message.of("bands.above-weight", args));
      }
      return RuleOutcome.scored(band.getPoints(), Message.of("bands.in", args));
    }
    return RuleOutcome.refused(BigDecimal.ZERO, Message.of("bands.outside", Args.name(in),
        Args.number("actual", ShownFigure.where(actual,
            a -> firstContaining(in.getSpec().getBands(), a) == null)), Args.unit(in)));
  }

  private static Band firstContaining(List<Band> bands, BigDecimal value) {
    for (Band band : bands) {
      if (band.contains(value)) {
        return band;
      }
    }
    return null;
  }

  @Override
  public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
    if (spec.getBands().isEmpty()) {
      problems.add("bands", Message.of("rules.bands.no-table"));
    }
    // A range of points is for the assessor to pick in: read by range-bands, never here.
    for (int b = 0; b < spec.getBands().size(); b++) {
      if (spec.getBands().get(b).getPointsTo().isPresent()) {
        problems.add("bands[" + b + "].pointsTo", Message.of("rules.bands.points-to",
            Argument.text("rule", BuiltInRules.RANGE_BANDS)));
      }
    }
  }

  @Override
  public Monotonicity monotonicity(RuleSpec spec) {
    List<Band> bands = spec.getBands();
    boolean rising = true;
    boolean falling = true;
    for (int i = 1; i < bands.size(); i++) {
      int c = bands.get(i).getPoints().compareTo(bands.get(i - 1).getPoints());
      rising &= c >= 0;
      falling &= c <= 0;
    }
    return rising ? Monotonicity.INCREASING : falling ? Monotonicity.DECREASING
        : Monotonicity.NONE;
  }

  /** "按档次计分：≥ 90 → 5；[80, 90) → 4；…；< 60 → 0". */
  @Override
  public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
    return Optional.of(Message.of("rules.words.bands",
        Argument.message("bands", Described.bands(spec.getBands(), false))));
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
