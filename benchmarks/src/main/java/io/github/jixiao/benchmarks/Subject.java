package io.github.jixiao.benchmarks;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.math.BigDecimal;

/**
 * One evaluation a benchmark measures (被测评价), named by a JMH parameter: {@code seed} (the seed
 * report under Guangzhou 2021, 10 scored indicators) or a number of indicators ({@code 30},
 * {@code 300}) for a project evaluation under the MoF project rulebook.
 *
 * @param name the parameter's value
 * @param evaluation the evaluation
 * @param rulebook the rulebook it is scored under
 */
public record Subject(String name, SelfEvaluation evaluation, Rulebook rulebook) {

  /** The subject named {@code name}. @throws IllegalArgumentException if it names none */
  public static Subject named(String name) {
    if ("seed".equals(name)) {
      return new Subject(name, Evaluations.seed(), Evaluations.SEED_RULEBOOK);
    }
    try {
      int indicators = Integer.parseInt(name);
      return new Subject(name, Evaluations.project(indicators, indicators),
          Evaluations.PROJECT_RULEBOOK);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("no subject " + name + ": seed or a number", e);
    }
  }

  /** The baseline's total for this subject: the hand-written {@link Baselines} method. */
  public BigDecimal baselineTotal() {
    return "seed".equals(name) ? Baselines.scoreSeed(evaluation)
        : Baselines.scoreProject(evaluation);
  }
}
