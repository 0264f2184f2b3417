package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.RuleParameters;
import io.github.jixiao.rules.spi.RuleProblems;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 分档区间: the band the actual value lies in gives a range of points — its {@code points} to its
 * {@code pointsTo}, both included — inside which the assessor picks, the shape of the qualitative
 * bands on a quantitative rate (a research-project form: 全部完成 60; 完成 80 % 以上 41–59; 完成 60 %
 * 及以上 21–40; 完成 60 % 以下 0–20). The unit's chosen points are taken when, rounded as the card
 * shows them, they lie inside the range; otherwise they are refused and the range's {@code pick}
 * end is given, as the card can show it ({@link PointBand}). A value in no band is refused with 0.
 */
final class RangeBandsRule implements ScoringRule {

  @Override
  public String type() {
    return BuiltInRules.RANGE_BANDS;
  }

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.builder()
      .bands().option(BuiltInRules.PICK, "lower", "upper").build());

  private static final Argument NO_LOWER = Argument.text("from", "−∞");
  private static final Argument NO_UPPER = Argument.text("to", "+∞");

  @Override
  public RuleOutcome score(RuleInput in) {
    if (in.getActual().isEmpty()) {
      return Args.missingActual(in);
    }
    BigDecimal actual = in.getActual().get();
    List<Band> bands = in.getSpec().getBands();
    Band band = PointBand.bandOf(bands, actual).orElse(null);
    if (band == null) {
      return RuleOutcome.refused(BigDecimal.ZERO, Message.of("bands.outside", Args.name(in),
          Args.number("actual",
              ShownFigure.where(actual, a -> PointBand.bandOf(bands, a).isEmpty())),
          Args.unit(in)));
    }
    PointBand range = PointBand.of(band);
    int decimals = in.getRounding().getScale();
    boolean upper = "upper".equals(in.getSpec().option(BuiltInRules.PICK, "lower"));
    BigDecimal picked = (upper ? range.highest(decimals) : range.lowest(decimals))
        .max(BigDecimal.ZERO);
    // Shown so that the shown figure lies in this band and in no band before it.
    Argument[] shown = {Args.name(in), Args.number("actual", ShownFigure.where(actual,
        a -> PointBand.bandOf(bands, a).orElse(null) == band)), Args.unit(in),
        Argument.text("open", band.isFromInclusive() ? "[" : "("),
        band.getFrom().map(f -> Argument.number("from", Args.plain(f))).orElse(NO_LOWER),
        band.getTo().map(t -> Argument.number("to", Args.plain(t))).orElse(NO_UPPER),
        Argument.text("close", band.isToInclusive() ? "]" : ")"),
        Argument.number("low", PointBand.printed(range.low(), decimals)),
        Argument.number("high", PointBand.printed(range.high(), decimals)),
        PointBand.end(upper)};
    if (range.high().compareTo(in.getWeight()) > 0) {
      BigDecimal capped = picked.min(in.getWeight());
      return RuleOutcome.refused(capped, Message.of("range-bands.above-weight",
          Args.with(shown, Args.weight(in), Args.points(in, capped))));
    }
    if (in.getChosenPoints().isEmpty()) {
      return RuleOutcome.scored(picked, Message.of("range-bands.pick",
          Args.with(shown, Args.points(in, picked))));
    }
    BigDecimal chosen = in.getChosenPoints().get();
    if (range.holds(chosen, in.getRounding())) {
      return RuleOutcome.scored(chosen, Message.of("range-bands.chosen",
          Args.with(shown, Args.points(in, chosen))));
    }
    return RuleOutcome.refused(picked, PointBand.refusal("range-bands.refused",
        "range-bands.refused-as-shown", in, chosen, picked, shown));
  }

  @Override
  public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
    List<Band> bands = spec.getBands();
    if (bands.isEmpty()) {
      problems.add("bands", Message.of("rules.range-bands.no-table"));
    }
    // A band's lowest points are held to the weight with every band table (RulebookChecks).
    for (int b = 0; b < bands.size(); b++) {
      Optional<BigDecimal> high = bands.get(b).getPointsTo();
      if (weight.isPresent() && high.isPresent() && high.get().compareTo(weight.get()) > 0) {
        problems.add("bands[" + b + "].pointsTo", Message.of("rules.range-bands.above-weight",
            Argument.number("high", high.get()), Argument.number("weight", weight.get())));
      }
    }
  }

  /** "按档次给出得分区间：[80, 100) → 41–59；…；由单位在区间内自评，…取区间下限". */
  @Override
  public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
    return Optional.of(Message.of("rules.words.range-bands",
        Argument.message("bands", Described.bands(spec.getBands(), true)),
        Argument.message("pick", Message.of("rules.words.range-bands.pick",
            Described.end(spec)))));
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
