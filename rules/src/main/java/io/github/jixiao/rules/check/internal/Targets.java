package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Whether an indicator's entry missed its target (未达到目标值): a quantitative one by its
 * direction (≥: actual below target; ≤: above; =: different), a qualitative one below the top of
 * its scale (达成, or 优 on the five-step scale).
 * An entry without an actual value or level is not judged.
 */
final class Targets {

  private Targets() {}

  /**
   * A missed target: the target as expected and the result as found, both as the document writes
   * them ({@code ≥ 90} and {@code 88}; {@code ACHIEVED} and {@code PARTLY_ACHIEVED}), and what a
   * message names: the number and the direction's symbol, or the levels' names in the reader's
   * language.
   */
  record Miss(String expected, String actual, List<Argument> arguments, boolean level) {

    /**
     * The message of this miss for {@code indicator}: under {@code quantitative} ({code}, {name},
     * {actual}, {direction}, {target}) or {@code qualitative} ({code}, {name}, {actual}, {target}).
     */
    Message message(String quantitative, String qualitative, Indicator indicator) {
      Argument[] all = new Argument[arguments.size() + 2];
      all[0] = StandardCheck.code(indicator);
      all[1] = StandardCheck.name(indicator);
      for (int i = 0; i < arguments.size(); i++) {
        all[i + 2] = arguments.get(i);
      }
      return Message.of(level ? qualitative : quantitative, all);
    }
  }

  static Optional<Miss> miss(Indicator indicator, IndicatorEntry entry) {
    if (indicator.getKind() == IndicatorKind.QUALITATIVE) {
      // The target of a qualitative indicator is the top of its level's scale: 达成, or 优.
      return entry.getLevel().filter(l -> !l.isTop()).map(l -> {
        QualitativeLevel top = QualitativeLevel.of(l.scale()).get(0);
        return new Miss(top.name(), l.name(), List.of(
            Argument.message("actual", Message.label(l)),
            Argument.message("target", Message.label(top))), true);
      });
    }
    if (indicator.getDirection().isEmpty() || indicator.getTarget().isEmpty()
        || entry.getActual().isEmpty()) {
      return Optional.empty();
    }
    Direction direction = indicator.getDirection().get();
    BigDecimal target = indicator.getTarget().get();
    BigDecimal actual = entry.getActual().get();
    int c = actual.compareTo(target);
    boolean missed = switch (direction) {
      case AT_LEAST -> c < 0;
      case AT_MOST -> c > 0;
      case EQUAL -> c != 0;
    };
    return missed ? Optional.of(new Miss(direction.symbol() + " " + target.toPlainString(),
        actual.toPlainString(), List.of(Argument.number("actual", actual),
            Argument.text("direction", direction.symbol()), Argument.number("target", target)),
        false)) : Optional.empty();
  }
}
