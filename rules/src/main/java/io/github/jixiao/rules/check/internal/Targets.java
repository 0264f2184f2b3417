package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether an indicator's entry missed its target (未达到目标值): a quantitative one by its
 * direction (≥: actual below target; ≤: above; =: different), a qualitative one below 达成.
 * An entry without an actual value or level is not judged.
 */
final class Targets {

  private Targets() {}

  /** A missed target: the target as expected and the result as found, both shown exactly. */
  record Miss(String expected, String actual) {}

  static Optional<Miss> miss(Indicator indicator, IndicatorEntry entry) {
    if (indicator.getKind() == IndicatorKind.QUALITATIVE) {
      return entry.getLevel().filter(l -> l != QualitativeLevel.ACHIEVED)
          .map(l -> new Miss(QualitativeLevel.ACHIEVED.name() + " (" + QualitativeLevel.ACHIEVED
              .label() + ")", l.name() + " (" + l.label() + ")"));
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
        actual.toPlainString())) : Optional.empty();
  }
}
