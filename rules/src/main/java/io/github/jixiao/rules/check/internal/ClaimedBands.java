package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.scoring.internal.PointBand;
import io.github.jixiao.rules.scoring.internal.QualitativeBands;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The band a claimed score (自评得分) must lie in under its indicator's rule, read as the rule reads
 * it ({@link PointBand}, {@link QualitativeBands}): a qualitative level's band on the rule's scale
 * (定性分档, three-step or five-step) or the range of points of the band the indicator's value lies
 * in (分档区间, {@code range-bands}); rounded as the card shows it, the claim lies inside or not.
 * Other rules give no band, nor does a level of another scale than the rule's (the rule says so).
 */
final class ClaimedBands {

  /** A claim outside its band: the band as the finding's expected value, and the message. */
  record Outside(String expected, Message message) {}

  private final RoundingPolicy rounding;

  ClaimedBands(RoundingPolicy rounding) {
    this.rounding = rounding;
  }

  /** The claim of {@code score}, when its rule gives a band and the claim lies outside it. */
  Optional<Outside> outside(IndicatorScore score, IndicatorEntry entry) {
    // The claim the rule judged: the entry's own, before any 扣减分数 column (score.getClaimed()
    // is net of it).
    Optional<BigDecimal> judged = entry.getClaimedScore();
    if (judged.isEmpty() || score.getStatus() == ScoreStatus.NOT_APPLICABLE
        || score.getStatus() == ScoreStatus.FAILED
        || score.getStatus() == ScoreStatus.MISSING_INPUT) {
      return Optional.empty();
    }
    return switch (score.getRule().getType()) {
      case BuiltInRules.QUALITATIVE -> entry.getLevel()
          .flatMap(level -> level(score, level, judged.get()));
      case BuiltInRules.RANGE_BANDS -> actual(score)
          .flatMap(actual -> range(score, actual, judged.get()));
      default -> Optional.empty();
    };
  }

  private Optional<Outside> level(IndicatorScore score, QualitativeLevel level,
      BigDecimal claimed) {
    Optional<PointBand> band = QualitativeBands.of(score.getRule(), score.getWeight(), level);
    if (band.isEmpty() || band.get().holds(claimed, rounding)) {
      return Optional.empty();
    }
    BigDecimal low = printed(band.get().low());
    BigDecimal high = printed(band.get().high());
    return Optional.of(new Outside("[" + low.toPlainString() + ", " + high.toPlainString()
        + band.get().close(), Message.of("check.claimed-score.outside-level-band",
        StandardCheck.text("code", score.getCode()), StandardCheck.phrase("name", score.getName()),
        Argument.number("claimed", claimed), Argument.message("level", Message.label(level)),
        Argument.number("low", low), Argument.number("high", high),
        Argument.text("close", band.get().close()))));
  }

  private Optional<Outside> range(IndicatorScore score, BigDecimal actual, BigDecimal claimed) {
    Optional<Band> band = PointBand.bandOf(score.getRule().getBands(), actual);
    if (band.isEmpty() || PointBand.of(band.get()).holds(claimed, rounding)) {
      return Optional.empty();
    }
    PointBand range = PointBand.of(band.get());
    BigDecimal low = printed(range.low());
    BigDecimal high = printed(range.high());
    String unit = score.getInputs().stream().filter(a -> a.getName().equals("unit"))
        .findFirst().flatMap(Argument::getText).orElse("");
    return Optional.of(new Outside("[" + low.toPlainString() + ", " + high.toPlainString() + "]",
        Message.of("check.claimed-score.outside-range-band",
            StandardCheck.text("code", score.getCode()),
            StandardCheck.phrase("name", score.getName()), Argument.number("claimed", claimed),
            Argument.number("actual", actual), Argument.text("unit", Echo.text(unit)),
            Argument.number("low", low), Argument.number("high", high))));
  }

  /** The value the rule scored, as the card records it among the rule's inputs. */
  private static Optional<BigDecimal> actual(IndicatorScore score) {
    return score.getInputs().stream().filter(a -> a.getName().equals("actual")).findFirst()
        .flatMap(Argument::getNumber);
  }

  private BigDecimal printed(BigDecimal bound) {
    return PointBand.printed(bound, rounding.getScale());
  }
}
