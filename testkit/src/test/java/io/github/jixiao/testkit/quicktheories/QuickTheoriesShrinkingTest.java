package io.github.jixiao.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.testkit.JixiaoGens;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Through the QuickTheories adapter a failing self-evaluation shrinks to a small one: QuickTheories
 * knows nothing of evaluations, it only moves the recorded draws towards their simplest values.
 */
class QuickTheoriesShrinkingTest {

  /** Enough for the counterexample to reach its smallest; each cycle builds one evaluation. */
  private static final int SHRINK_CYCLES = 2_000;

  private static final Pattern SMALLEST =
      Pattern.compile("Smallest found falsifying value\\(s\\) :-\\s*\\n([^\\n]*)");

  @Test
  void aFailingEvaluationShrinksToTheSmallestOneThatStillFails() {
    Map<String, String> shrunk = smallestCounterexample(SHRINK_CYCLES);

    // The property fails from 6 indicators on: the counterexample has exactly 6, and nothing else.
    assertThat(shrunk).containsEntry("indicators", "6").containsEntry("tasks", "0")
        .containsEntry("duties", "1").containsEntry("units", "0").containsEntry("deductions", "0")
        .containsEntry("figures", "0").containsEntry("projects", "0")
        .containsEntry("fullYear", "0.00");
  }

  @Test
  void withoutShrinkingTheSameRunReportsALargerCounterexample() {
    Map<String, String> raw = smallestCounterexample(0);
    Map<String, String> shrunk = smallestCounterexample(SHRINK_CYCLES);

    assertThat(size(raw)).isGreaterThan(size(shrunk));
  }

  @Test
  void eachDrawBecomesOneConstrainedDrawWithItsShrinkPoint() {
    Gen<Long> drawn = QuickTheoriesGens.of(source -> source.between(-5, 5, 2));
    qt().withExamples(200).forAll(drawn).checkAssert(value -> assertThat(value).isBetween(-5L, 5L));
  }

  @Test
  void aDrawWhoseSimplestValueIsOutsideItsRangeIsRefused() {
    Gen<Long> broken = QuickTheoriesGens.of(source -> source.between(0, 5, 9));
    assertThatThrownBy(() -> qt().forAll(broken).checkAssert(value -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 5] simplest 9");
  }

  private static Map<String, String> smallestCounterexample(int shrinkCycles) {
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        qt().withExamples(200).withFixedSeed(94).withShrinkCycles(shrinkCycles)
            .forAll(QuickTheoriesGens.of(JixiaoGens.selfEvaluations(),
                QuickTheoriesShrinkingTest::summary))
            .check(evaluation -> evaluation.getIndicators().size() <= 5));
    assertThat(failure).as("the property must fail").isNotNull();
    Matcher smallest = SMALLEST.matcher(failure.getMessage());
    assertThat(smallest.find()).as(failure.getMessage()).isTrue();
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : smallest.group(1).trim().split(" ")) {
      String[] pair = part.split("=");
      parts.put(pair[0], pair[1]);
    }
    return parts;
  }

  /** How much there is in an evaluation: indicators, tasks, units, deductions and so on. */
  private static int size(Map<String, String> summary) {
    return summary.entrySet().stream().filter(e -> !e.getKey().equals("fullYear"))
        .mapToInt(e -> Integer.parseInt(e.getValue())).sum();
  }

  static String summary(SelfEvaluation e) {
    return "indicators=" + e.getIndicators().size() + " tasks=" + e.getTasks().size()
        + " duties=" + e.getDepartment().getDuties().size()
        + " units=" + e.getDepartment().getUnits().size()
        + " deductions=" + e.getDeductions().size() + " figures=" + e.getStatedFigures().size()
        + " projects=" + e.getProjects().size() + " problems=" + e.getProblems().size()
        + " fullYear=" + e.getBudget().getFullYear().toPlainString();
  }
}
