package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Joined;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pieces the built-in rules' words share (评分标准的文字说明): the weight and the target as a
 * number where the rulebook gives one and as a word where it does not, and a band table in words.
 * Numbers are exact, without trailing zeros.
 */
final class Described {

  private static final Argument THE_WEIGHT = Argument.message("weight", "rules.words.weight");
  private static final Argument THE_TARGET = Argument.message("target", "rules.words.target");
  private static final Argument AT_LEAST = Argument.text("relation", "≥");
  private static final Argument ABOVE = Argument.text("relation", ">");
  private static final Argument AT_MOST = Argument.text("relation", "≤");
  private static final Argument BELOW = Argument.text("relation", "<");

  private Described() {}

  /** {@code weight}: the number, else "权重" / "the weight". */
  static Argument weight(Optional<BigDecimal> weight) {
    return weight.map(w -> Argument.number("weight", Args.plain(w))).orElse(THE_WEIGHT);
  }

  /** The spec's own target, if it gives one. */
  static Optional<BigDecimal> target(RuleSpec spec) {
    return spec.param(BuiltInRules.TARGET);
  }

  /** {@code target}: the number, else "目标值" / "the target" (the indicator's, at scoring). */
  static Argument target(Optional<BigDecimal> target) {
    return target.map(t -> Argument.number("target", Args.plain(t))).orElse(THE_TARGET);
  }

  /** A parameter as a number: the spec's, or {@code fallback} as the rule reads it. */
  static Argument param(RuleSpec spec, String param, BigDecimal fallback) {
    return Argument.number(param, Args.plain(spec.param(param).orElse(fallback)));
  }

  /** The option {@code end} of a band: {@code pick} upper or lower (the default). */
  static Argument end(RuleSpec spec) {
    return PointBand.end("upper".equals(spec.option(BuiltInRules.PICK, "lower")));
  }

  /**
   * A band table in words, each band "[80, 90) → 4" (a range band "[80, 100) → 41–59"), joined
   * by semicolons, with "a value in no band earns 0" when the table leaves values outside it.
   */
  static Message bands(List<Band> bands, boolean ranges) {
    if (bands.isEmpty()) {
      return Message.of("rules.words.bands.none");
    }
    List<Message> each = new ArrayList<>(bands.size());
    for (Band band : bands) {
      each.add(band(band, ranges ? range(band) : Argument.number("points",
          Args.plain(band.getPoints()))));
    }
    Message table = Joined.of(Joined.SEMICOLON, each);
    boolean bounded = bands.get(0).getFrom().isPresent()
        || bands.get(bands.size() - 1).getTo().isPresent();
    return bounded ? Message.of("rules.words.bands.outside", Argument.message("bands", table))
        : table;
  }

  private static Argument range(Band band) {
    BigDecimal low = band.getPoints();
    Optional<BigDecimal> high = band.getPointsTo().filter(h -> h.compareTo(low) != 0);
    if (high.isEmpty()) {
      return Argument.number("points", Args.plain(low));
    }
    return Argument.message("points", Message.of("rules.words.points-range",
        Argument.number("low", Args.plain(low)), Argument.number("high", Args.plain(high.get()))));
  }

  /**
   * One band: "[80, 90) → 4"; unbounded on one side "≥ 90 → 5" or "< 60 → 0"; a single value
   * "= 0 → 3"; unbounded on both "any value → 5".
   */
  private static Message band(Band band, Argument points) {
    Optional<BigDecimal> from = band.getFrom();
    Optional<BigDecimal> to = band.getTo();
    if (from.isPresent() && to.isPresent()) {
      if (from.get().compareTo(to.get()) == 0 && band.isFromInclusive() && band.isToInclusive()) {
        return Message.of("rules.words.band.exactly",
            Argument.number("value", Args.plain(from.get())), points);
      }
      return Message.of("rules.words.band", Argument.text("open", band.isFromInclusive() ? "["
              : "("), Argument.number("from", Args.plain(from.get())),
          Argument.number("to", Args.plain(to.get())),
          Argument.text("close", band.isToInclusive() ? "]" : ")"), points);
    }
    if (from.isPresent()) {
      return Message.of("rules.words.band.bound", band.isFromInclusive() ? AT_LEAST : ABOVE,
          Argument.number("bound", Args.plain(from.get())), points);
    }
    if (to.isPresent()) {
      return Message.of("rules.words.band.bound", band.isToInclusive() ? AT_MOST : BELOW,
          Argument.number("bound", Args.plain(to.get())), points);
    }
    return Message.of("rules.words.band.any", points);
  }
}
