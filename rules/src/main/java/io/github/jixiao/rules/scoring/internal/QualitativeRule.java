package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.QualitativeScale;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Joined;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.RuleParameters;
import io.github.jixiao.rules.spi.RuleProblems;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 定性: each level of the spec's scale earns a band of the weight ({@link QualitativeBands}) —
 * three-step 达成 [80 %, 100 %], 部分达成 [60 %, 80 %), 未达成 [0, 60 %) unless said otherwise, or
 * five-step 优 / 良 / 中 / 低 / 差 with the bounds the rulebook states. The unit's chosen points are
 * taken when, rounded as the card shows them, they lie inside the level's band; otherwise they are
 * refused and the band's {@code pick} end is given, as the card can show it ({@link PointBand}). A
 * level of the other scale is not scored as some level of this one: it is missing input.
 */
final class QualitativeRule implements ScoringRule {

  @Override
  public String type() {
    return BuiltInRules.QUALITATIVE;
  }

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.builder()
      .param(BuiltInRules.ACHIEVED_FROM).param(BuiltInRules.PARTLY_FROM)
      .param(BuiltInRules.EXCELLENT_FROM).param(BuiltInRules.GOOD_FROM)
      .param(BuiltInRules.FAIR_FROM).param(BuiltInRules.LOW_FROM)
      .option(BuiltInRules.SCALE, QualitativeScale.THREE_STEP.id(),
          QualitativeScale.FIVE_STEP.id())
      .option(BuiltInRules.PICK, "lower", "upper").build());

  @Override
  public RuleOutcome score(RuleInput in) {
    RuleSpec spec = in.getSpec();
    QualitativeScale scale = QualitativeBands.scale(spec);
    if (in.getLevel().isEmpty()) {
      return RuleOutcome.missingInput(Message.of(scale == QualitativeScale.THREE_STEP
          ? "missing.level" : "missing.level.five-step", Args.name(in)));
    }
    QualitativeLevel level = in.getLevel().get();
    Argument shownLevel = Argument.message("level", Message.label(level));
    if (level.scale() != scale) {
      return RuleOutcome.missingInput(Message.of("missing.level.other-scale", Args.name(in),
          shownLevel, Argument.message("levelScale", Message.label(level.scale())),
          Argument.message("scale", Message.label(scale))));
    }
    Optional<PointBand> found = QualitativeBands.of(spec, in.getWeight(), level);
    if (found.isEmpty()) { // check() refuses such a spec before the scorer scores with it
      return RuleOutcome.missingInput(Message.of("missing.five-step-bounds", Args.name(in),
          shownLevel, Argument.list("params", QualitativeBands.FIVE_STEP)));
    }
    PointBand band = found.get();
    int decimals = in.getRounding().getScale();
    boolean upper = "upper".equals(spec.option(BuiltInRules.PICK, "lower"));
    BigDecimal picked = (upper ? band.highest(decimals) : band.lowest(decimals))
        .max(BigDecimal.ZERO).min(in.getWeight());
    Argument[] shown = {Args.name(in), shownLevel,
        Argument.number("low", PointBand.printed(band.low(), decimals)),
        Argument.number("high", PointBand.printed(band.high(), decimals)),
        Argument.text("close", band.close()), PointBand.end(upper)};
    if (in.getChosenPoints().isEmpty()) {
      return RuleOutcome.scored(picked, Message.of("qualitative.pick",
          Args.with(shown, Args.points(in, picked))));
    }
    BigDecimal chosen = in.getChosenPoints().get();
    if (band.holds(chosen, in.getRounding())) {
      return RuleOutcome.scored(chosen, Message.of("qualitative.chosen",
          Args.with(shown, Args.points(in, chosen))));
    }
    return RuleOutcome.refused(picked, PointBand.refusal("qualitative.refused",
        "qualitative.refused-as-shown", in, chosen, picked, shown));
  }

  @Override
  public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
    QualitativeScale scale = QualitativeBands.scale(spec);
    QualitativeScale other = scale == QualitativeScale.THREE_STEP ? QualitativeScale.FIVE_STEP
        : QualitativeScale.THREE_STEP;
    for (String param : QualitativeBands.params(other)) {
      if (spec.param(param).isPresent()) {
        problems.add("params." + param, Message.of("rules.qualitative.other-scale-param",
            Argument.text("param", param), Argument.message("paramScale", Message.label(other)),
            Argument.message("scale", Message.label(scale)),
            Argument.text("option", BuiltInRules.SCALE)));
      }
    }
    if (scale == QualitativeScale.THREE_STEP) {
      checkThreeStep(QualitativeBands.shares(spec).orElseThrow(), problems);
    } else {
      checkFiveStep(spec, problems);
    }
  }

  private static void checkThreeStep(List<BigDecimal> shares, RuleProblems problems) {
    BigDecimal achieved = shares.get(0);
    BigDecimal partly = shares.get(1);
    if (!(partly.signum() > 0 && partly.compareTo(achieved) < 0
        && achieved.compareTo(BigDecimal.ONE) <= 0)) {
      problems.add("params", Message.of("rules.qualitative.bands",
          Argument.text("partlyName", BuiltInRules.PARTLY_FROM), Argument.number("partly", partly),
          Argument.text("achievedName", BuiltInRules.ACHIEVED_FROM),
          Argument.number("achieved", achieved)));
    }
  }

  private static void checkFiveStep(RuleSpec spec, RuleProblems problems) {
    List<String> missing = new ArrayList<>();
    for (String param : QualitativeBands.FIVE_STEP) {
      if (spec.param(param).isEmpty()) {
        missing.add(param);
      }
    }
    if (!missing.isEmpty()) {
      problems.add("params", Message.of("rules.qualitative.five-step.missing",
          Argument.list("missing", missing)));
      return;
    }
    List<BigDecimal> shares = QualitativeBands.shares(spec).orElseThrow();
    boolean descending = shares.get(0).compareTo(BigDecimal.ONE) <= 0
        && shares.get(shares.size() - 1).signum() > 0;
    for (int i = 1; i < shares.size(); i++) {
      descending &= shares.get(i).compareTo(shares.get(i - 1)) < 0;
    }
    if (!descending) {
      List<String> were = new ArrayList<>();
      for (int i = 0; i < shares.size(); i++) {
        were.add(QualitativeBands.FIVE_STEP.get(i) + " " + Args.plain(shares.get(i))
            .toPlainString());
      }
      problems.add("params", Message.of("rules.qualitative.five-step.order",
          Argument.text("excellent", BuiltInRules.EXCELLENT_FROM),
          Argument.text("good", BuiltInRules.GOOD_FROM),
          Argument.text("fair", BuiltInRules.FAIR_FROM),
          Argument.text("low", BuiltInRules.LOW_FROM), Argument.list("were", were)));
    }
  }

  /**
   * Each level's share of the weight, best first — "达成 80–100%，部分达成 60–<80%，未达成 0–<60%"
   * — and how the unit's points are taken: inside the band, else the band's {@code pick} end.
   */
  @Override
  public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
    Optional<List<BigDecimal>> shares = QualitativeBands.shares(spec);
    if (shares.isEmpty()) {
      return Optional.of(Message.of("rules.words.qualitative.five-step.unbounded",
          Argument.list("params", QualitativeBands.FIVE_STEP)));
    }
    List<QualitativeLevel> levels = QualitativeLevel.of(QualitativeBands.scale(spec));
    List<Message> bands = new ArrayList<>(levels.size());
    for (int i = 0; i < levels.size(); i++) {
      BigDecimal low = i < shares.get().size() ? shares.get().get(i) : BigDecimal.ZERO;
      BigDecimal high = i == 0 ? BigDecimal.ONE : shares.get().get(i - 1);
      bands.add(Message.of(i == 0 ? "rules.words.qualitative.top"
              : "rules.words.qualitative.band",
          Argument.message("level", Message.label(levels.get(i))), percent("low", low),
          percent("high", high)));
    }
    return Optional.of(Message.of("rules.words.qualitative",
        Argument.message("bands", Joined.of(Joined.COMMA, bands)),
        Argument.message("pick", Message.of("rules.words.qualitative.pick",
            Described.end(spec)))));
  }

  private static Argument percent(String name, BigDecimal share) {
    return Argument.number(name, Args.plain(share.movePointRight(2)));
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
