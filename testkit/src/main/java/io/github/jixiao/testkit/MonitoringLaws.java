package io.github.jixiao.testkit;

import io.github.jixiao.core.MonitoringEntry;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.rules.monitoring.Light;
import io.github.jixiao.rules.monitoring.MonitoringCard;
import io.github.jixiao.rules.monitoring.MonitoringLights;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The law of monitoring lights (信号灯的性质): for a positive indicator (≥), a higher current value
 * (当前完成值) never gives a worse light — red, yellow, green, blue in that order — in the same
 * month under the same settings. {@link #standard()} holds Jixiao's own {@link MonitoringLights};
 * {@link #of} holds a user's way of lighting a report. Draw {@link #cases()} with a property
 * tool and {@link #check} each, or {@link #checkRandomly}.
 */
public final class MonitoringLaws {

  /** The name of the law, as a {@link LawViolation} gives it. */
  public static final String MONOTONE = "LIGHT_MONOTONE_IN_CURRENT";

  /**
   * One example: a report whose first row is positive, and a rise of its current value.
   *
   * @param report the report, its first row positive with a target above 0 and a current value
   * @param rise how much higher the current value is in the second report; not negative
   */
  public record Case(MonitoringReport report, BigDecimal rise) {

    /** Requires both, the rise not negative. */
    public Case {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(rise, "rise");
      if (rise.signum() < 0) {
        throw new IllegalArgumentException("rise " + rise);
      }
    }

    /** The report with the first row's current value raised. */
    public MonitoringReport raised() {
      MonitoringEntry first = report.getEntries().get(0);
      MonitoringEntry higher = first.withCurrent(first.getCurrent().orElseThrow().add(rise));
      return MonitoringReport.builder().from(report).entries(java.util.List.of(higher)).build();
    }
  }

  private final String subject;
  private final Function<MonitoringReport, MonitoringCard> lights;

  private MonitoringLaws(String subject, Function<MonitoringReport, MonitoringCard> lights) {
    this.subject = subject;
    this.lights = lights;
  }

  /** The law of Jixiao's lights under the vendor systems' settings. */
  public static MonitoringLaws standard() {
    return new MonitoringLaws("MonitoringLights", MonitoringLights::of);
  }

  /** The law of {@code lights}, named {@code subject} in a violation. */
  public static MonitoringLaws of(String subject,
      Function<MonitoringReport, MonitoringCard> lights) {
    return new MonitoringLaws(Objects.requireNonNull(subject, "subject"),
        Objects.requireNonNull(lights, "lights"));
  }

  /**
   * Examples: a generated report of one positive row at any month, and a rise of 0 to twice the
   * row's target, in hundredths.
   */
  public Gen<Case> cases() {
    return JixiaoGens.monitoringReports().zip(MonitoringReports.positive(), (report, row) ->
        MonitoringReport.builder().from(report).entries(java.util.List.of(row)).build())
        .flatMap(report -> source -> new Case(report, Decimals.hundredths(source.between(0,
            2 * MonitoringReports.MOST_TARGET))));
  }

  /**
   * Checks the law on one example.
   *
   * @throws LawViolation if the raised report's row has no light or a worse one
   */
  public void check(Case example) {
    Optional<Light> before = lights.apply(example.report()).rows().get(0).light();
    Optional<Light> after = lights.apply(example.raised()).rows().get(0).light();
    if (before.isEmpty() || after.isEmpty()) {
      throw new LawViolation(MONOTONE, subject, example, "a positive row with a target above 0 "
          + "and a current value has no light: " + before + " → " + after);
    }
    // RED, YELLOW, GREEN, BLUE are declared worst first: a rise may only move to the right
    if (after.get().ordinal() < before.get().ordinal()) {
      throw new LawViolation(MONOTONE, subject, example, "raising the current value by "
          + example.rise().toPlainString() + " turns " + before.get() + " into " + after.get());
    }
  }

  /** Checks the law on {@code examples} examples drawn from {@code seed}; no shrinking. */
  public void checkRandomly(long seed, int examples) {
    RandomSource source = RandomSource.seeded(seed);
    Gen<Case> cases = cases();
    for (int i = 0; i < examples; i++) {
      check(cases.generate(source));
    }
  }

  @Override
  public String toString() {
    return "MonitoringLaws of " + subject;
  }
}
