package io.github.jixiao.benchmarks;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.io.RulebookCheck;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.lint.LintProblem;
import io.github.jixiao.rules.lint.RulebookLint;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;
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
 * Checking a rulebook document (评分办法检查, {@code jixiao rulebook check}) against reading it, in
 * the same run: {@code JixiaoJson.checkRulebook(text, scorer, lint)} (strict reading and building,
 * then {@code Scorer.verify} and the lint) vs {@code JixiaoJson.readRulebook(text)} (strict reading
 * and building only), and the lint alone on the built rulebook. Rulebooks: {@code gz}, the
 * built-in Guangzhou 2021 file (13 indicators); {@code 250}, a complete rulebook of 5 groups of 50
 * leaves (0.4 points each), their rules in turn threshold, bands (4 bands), checklist and
 * proportional. Setup fails unless both check clean, so the check never pays for placing a
 * problem.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulebookCheckBenchmark {

  /** The rulebook: {@code gz} or {@code 250}. */
  @Param({"gz", "250"})
  public String rulebook;

  private final JixiaoJson json = JixiaoJson.standard();
  private final Scorer scorer = Scorer.standard();
  private final RulebookLint lint = RulebookLint.standard();
  private String text;
  private Rulebook built;

  /** Writes the rulebook as a document and checks that it checks clean. */
  @Setup
  public void setUp() {
    built = "gz".equals(rulebook) ? Rulebooks.guangzhouDepartment2021() : large();
    text = json.write(built);
    RulebookCheck check = check();
    if (!check.problems().isEmpty() || !built.equals(read())) {
      throw new IllegalStateException("the " + rulebook + " rulebook does not check clean: "
          + check.problems());
    }
  }

  /** Jixiao: the document read, built, verified and linted. */
  @Benchmark
  public RulebookCheck check() {
    return json.checkRulebook(text, scorer, lint);
  }

  /** The lint alone, on the built rulebook (verify included). */
  @Benchmark
  public List<LintProblem> lintOnly() {
    return lint.check(built, scorer);
  }

  /** The baseline: the document read strictly and built, nothing more. */
  @Benchmark
  public Rulebook read() {
    return json.readRulebook(text);
  }

  private static Rulebook large() {
    BigDecimal leaf = new BigDecimal("0.4");
    BigDecimal hundred = BigDecimal.valueOf(100);
    Rulebook.Builder b = Rulebook.builder().id("bench-250").title("基准评分办法（250 项）")
        .source("benchmark").provenance(Provenance.confirmed("benchmark"));
    for (int g = 1; g <= 5; g++) {
      b.addIndicators(RulebookIndicator.builder().code(String.valueOf(g)).name("组" + g)
          .level(1).weight(BigDecimal.valueOf(20)).build());
      for (int i = 1; i <= 50; i++) {
        RuleSpec rule = switch (i % 4) {
          case 0 -> BuiltInRules.threshold(hundred, new BigDecimal("0.1"));
          case 1 -> BuiltInRules.bands(Band.of(null, BigDecimal.valueOf(60), BigDecimal.ZERO),
              Band.of(BigDecimal.valueOf(60), BigDecimal.valueOf(80), new BigDecimal("0.2")),
              Band.of(BigDecimal.valueOf(80), BigDecimal.valueOf(90), new BigDecimal("0.3")),
              Band.of(BigDecimal.valueOf(90), null, leaf));
          case 2 -> BuiltInRules.checklistAdd(4, new BigDecimal("0.1"));
          default -> BuiltInRules.proportional(hundred);
        };
        b.addIndicators(RulebookIndicator.builder().code(g + "." + i).name("指标" + g + "." + i)
            .level(2).parentCode(String.valueOf(g)).weight(leaf)
            .kind(IndicatorKind.QUANTITATIVE).direction(i % 4 == 0 ? Direction.AT_MOST
                : Direction.AT_LEAST).unit("%").rule(rule).build());
      }
    }
    return b.build();
  }
}
