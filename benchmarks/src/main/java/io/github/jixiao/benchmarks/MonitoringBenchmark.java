package io.github.jixiao.benchmarks;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.MonitoringEntry;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.Operator;
import io.github.jixiao.rules.monitoring.Light;
import io.github.jixiao.rules.monitoring.MonitoringCard;
import io.github.jixiao.rules.monitoring.MonitoringLights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The lights of a July monitoring report (绩效运行监控信号灯), {@code MonitoringLights.of(report)} —
 * per row v against time progress decided exactly and shown rounded down, explanations as
 * messages, the project's light, the budget's, the checks JX-901 to JX-903 — against the floor:
 * the plain {@code BigDecimal} loop, v = current × 12 × 100 ÷ (target × 7) at 2 decimals rounded
 * down, compared with 60 / 80 / 120. Rows: positive, targets 100 to 399, current values spread
 * from 0 to 1.5 × the target (every light occurs), no 偏差原因说明, so that every row not green
 * is a JX-901 finding. Setup fails
 * unless both count the same red rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MonitoringBenchmark {

  /** The number of indicator rows: {@code 30} or {@code 300}. */
  @Param({"30", "300"})
  public int rows;

  private static final BigDecimal SIXTY = new BigDecimal("60");
  private static final BigDecimal EIGHTY = new BigDecimal("80");
  private static final BigDecimal HUNDRED_TWENTY = new BigDecimal("120");
  private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);
  private static final int MONTH = 7;

  private MonitoringReport report;

  /** Writes the report and checks that both count the same red rows. */
  @Setup
  public void setUp() {
    MonitoringReport.Builder b = MonitoringReport.builder().departmentCode("bench")
        .departmentName("基准单位").fiscalYear(2021).month(MONTH)
        .budget(Budget.builder().fullYear(new BigDecimal("3306.19"))
            .executed(new BigDecimal("1520.85")).build());
    for (int i = 0; i < rows; i++) {
      BigDecimal target = BigDecimal.valueOf(100 + i);
      // 0 % to 150 % of the target, in 1 % steps cycling: every light, twice a cycle blue
      BigDecimal current = target.multiply(BigDecimal.valueOf(i % 151)).divide(
          BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
      MonitoringEntry.Builder row = MonitoringEntry.builder().code("3." + i).name("指标" + i)
          .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
          .operator(Operator.AT_LEAST).target(target).unit("次").current(current);
      b.addEntries(row.build());
    }
    report = b.build();
    long red = jixiao().rows().stream().filter(r -> r.light().equals(java.util.Optional.of(
        Light.RED))).count();
    long byHand = baseline(new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
    if (red != byHand) {
      throw new IllegalStateException("the lights give " + red + " red rows and the baseline "
          + byHand + ": the comparison would not be honest");
    }
  }

  /** Jixiao: the whole monitoring card. */
  @Benchmark
  public MonitoringCard jixiao() {
    return MonitoringLights.of(report);
  }

  /** The floor: each row's v by one division, its light by three comparisons; red rows counted. */
  @Benchmark
  public long baseline(Blackhole blackhole) {
    BigDecimal month = BigDecimal.valueOf(MONTH);
    long red = 0;
    for (MonitoringEntry e : report.getEntries()) {
      BigDecimal v = e.getCurrent().orElseThrow().multiply(TWELVE_HUNDRED)
          .divide(e.getTarget().orElseThrow().multiply(month), 2, RoundingMode.DOWN);
      int light = v.compareTo(SIXTY) < 0 ? 0 : v.compareTo(EIGHTY) < 0 ? 1
          : v.compareTo(HUNDRED_TWENTY) < 0 ? 2 : 3;
      red += light == 0 ? 1 : 0;
      blackhole.consume(light);
      blackhole.consume(v);
    }
    return red;
  }
}
