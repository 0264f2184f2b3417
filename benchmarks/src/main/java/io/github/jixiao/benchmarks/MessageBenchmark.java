package io.github.jixiao.benchmarks;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering one message (提示信息渲染) from its bundle — a key and four arguments, two of them
 * exact decimals — against the same words joined by hand, in the same run: what a keyed message
 * costs over the inline string pairs it replaced, each time a finding, violation or explanation is
 * shown. Setup fails unless both give the same text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MessageBenchmark {

  /** The language rendered: {@code zh} or {@code en}. */
  @Param({"zh", "en"})
  public String language;

  private Locale locale;
  private final BigDecimal part = new BigDecimal("3212.37");
  private final BigDecimal total = new BigDecimal("3306.19");

  /** Checks that the message and the baseline say the same. */
  @Setup
  public void setUp() {
    locale = Locale.forLanguageTag(language);
    if (!jixiao().equals(baseline())) {
      throw new IllegalStateException("the baseline says \"" + baseline() + "\" but the message"
          + " says \"" + jixiao() + "\": the comparison would not be honest");
    }
  }

  /** Jixiao: the message made and rendered from core's bundle. */
  @Benchmark
  public String jixiao() {
    return Message.of("core.budget.part-exceeds", Argument.text("part", "$.budget.basic"),
        Argument.number("partValue", part), Argument.text("total", "$.budget.fullYear"),
        Argument.number("totalValue", total)).render(locale);
  }

  /** The floor: the words of that language joined by hand, as the inline pairs did. */
  @Benchmark
  public String baseline() {
    return language.equals("zh")
        ? "$.budget.basic = " + part.toPlainString() + " 超过 $.budget.fullYear = "
            + total.toPlainString() + "：明细不能超过合计"
        : "$.budget.basic = " + part.toPlainString() + " exceeds $.budget.fullYear = "
            + total.toPlainString() + ": a part cannot exceed its total";
  }
}
