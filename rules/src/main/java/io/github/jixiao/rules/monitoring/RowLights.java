package io.github.jixiao.rules.monitoring;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.MonitoringEntry;
import io.github.jixiao.core.Operator;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.rulebook.MonitoringSettings;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The light of one row (lifecycle.md §2): a positive indicator (≥, >) by v = 当前完成值 ÷ (年度指标值
 * × 序时进度) × 100 against the thresholds, decided on the exact value; a reverse one (≤, <) green
 * within its limit, else red; an equal one (=) green on its value, else red; a qualitative one by
 * the level reached. A positive indicator whose target is 0 or below is not applicable, never a
 * division by zero; a row with no current value, or a current value no number was read from, has
 * no light.
 */
final class RowLights {

  private RowLights() {}

  static IndicatorLight of(MonitoringEntry e, String path, TimeProgress progress,
      MonitoringSettings settings) {
    return of(e, path, progress, Argument.number("progress", progress.percent()), settings);
  }

  /** As above, with {@code shown} the progress in % as an argument, made once per report. */
  static IndicatorLight of(MonitoringEntry e, String path, TimeProgress progress,
      Argument shown, MonitoringSettings settings) {
    if (e.getKind() == IndicatorKind.QUALITATIVE) {
      return qualitative(e, path);
    }
    Direction direction = e.getDirection().orElseThrow(); // required of a quantitative row
    String comparison = e.getOperator().map(Operator::symbol).orElse(direction.symbol());
    if (e.getCurrent().isEmpty()) {
      return none(e, path, comparison, e.getCurrentWritten()
          .map(w -> Message.of("rules.monitoring.unreadable", text("written", w)))
          .orElse(Message.of("rules.monitoring.no-current")));
    }
    if (e.getTarget().isEmpty()) {
      return none(e, path, comparison, Message.of("rules.monitoring.no-target"));
    }
    BigDecimal current = e.getCurrent().get();
    BigDecimal target = e.getTarget().get();
    Argument c = Argument.number("current", current);
    Argument t = Argument.number("target", target);
    switch (direction) {
      case AT_LEAST: {
        if (target.signum() <= 0) {
          return none(e, path, comparison, Message.of("rules.monitoring.zero-target", t));
        }
        TimeProgress.Ratio v = progress.of(current, target);
        Light light = positive(v, settings);
        BigDecimal ratio = v.shown();
        return lit(e, path, comparison, Optional.of(ratio), light,
            Message.of("rules.monitoring.positive", c, t, shown, Argument.number("ratio", ratio),
                Argument.message("light", label(light))));
      }
      case AT_MOST: {
        boolean strict = e.getOperator().equals(Optional.of(Operator.BELOW));
        int against = current.compareTo(target);
        Light light = (strict ? against < 0 : against <= 0) ? Light.GREEN : Light.RED;
        return lit(e, path, comparison, Optional.empty(), light, Message.of(
            "rules.monitoring.reverse", c, Argument.text("operator", comparison), t,
            Argument.message("light", label(light))));
      }
      default: {
        Light light = current.compareTo(target) == 0 ? Light.GREEN : Light.RED;
        return lit(e, path, comparison, Optional.empty(), light, Message.of(
            "rules.monitoring.equal", c, t, Argument.message("light", label(light))));
      }
    }
  }

  /** The light of a positive figure, decided on the exact v. */
  static Light positive(TimeProgress.Ratio v, MonitoringSettings s) {
    if (!v.reaches(s.getYellowFrom())) {
      return Light.RED;
    }
    if (!v.reaches(s.getGreenFrom())) {
      return Light.YELLOW;
    }
    return v.reaches(s.getBlueFrom()) ? Light.BLUE : Light.GREEN;
  }

  /** The name of {@code light} in a language, made once per light. */
  static Message label(Light light) {
    return LABELS.get(light);
  }

  private static final java.util.Map<Light, Message> LABELS = labels();

  private static java.util.Map<Light, Message> labels() {
    java.util.Map<Light, Message> labels = new java.util.EnumMap<>(Light.class);
    for (Light light : Light.values()) {
      labels.put(light, Message.label(light));
    }
    return labels;
  }

  private static IndicatorLight qualitative(MonitoringEntry e, String path) {
    String comparison = Operator.QUALITATIVE.symbol();
    if (e.getCurrentLevel().isEmpty()) {
      return none(e, path, comparison, Message.of("rules.monitoring.no-level"));
    }
    QualitativeLevel level = e.getCurrentLevel().get();
    Light light = of(level);
    return lit(e, path, comparison, Optional.empty(), light, Message.of("rules.monitoring.level",
        Argument.message("level", Message.label(level)),
        Argument.message("light", label(light))));
  }

  /**
   * 达成 green, 部分达成 yellow, 未达成 red (lifecycle.md §2); on the five-step scale — a
   * reconstruction, no system at hand lights it — 优 and 良 green, 中 yellow, 低 and 差 red.
   */
  static Light of(QualitativeLevel level) {
    switch (level) {
      case ACHIEVED:
      case EXCELLENT:
      case GOOD:
        return Light.GREEN;
      case PARTLY_ACHIEVED:
      case FAIR:
        return Light.YELLOW;
      default:
        return Light.RED;
    }
  }

  private static IndicatorLight lit(MonitoringEntry e, String path, String comparison,
      Optional<BigDecimal> ratio, Light light, Message explanation) {
    return new IndicatorLight(e.getCode(), e.getName(), path, e.getKind(), comparison,
        target(e), current(e), ratio, Optional.of(light), explanation);
  }

  private static IndicatorLight none(MonitoringEntry e, String path, String comparison,
      Message why) {
    return new IndicatorLight(e.getCode(), e.getName(), path, e.getKind(), comparison,
        target(e), current(e), Optional.empty(), Optional.empty(), why);
  }

  private static Optional<String> target(MonitoringEntry e) {
    return e.getTargetWritten()
        .or(() -> e.getTarget().map(t -> t.toPlainString() + e.getUnit().orElse("")))
        .or(e::getTargetText);
  }

  private static Optional<String> current(MonitoringEntry e) {
    return e.getCurrentWritten()
        .or(() -> e.getCurrent().map(c -> c.toPlainString() + e.getUnit().orElse("")))
        .or(() -> e.getCurrentLevel().map(QualitativeLevel::label));
  }

  private static Argument text(String name, String value) {
    return Argument.text(name, Echo.text(value));
  }
}
