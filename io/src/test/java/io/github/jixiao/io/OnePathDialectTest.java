package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.rules.check.Checks;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * One place of the seed, the budget's executed amount (执行数), has one name wherever Jixiao points
 * at it: {@code $.budget.executed} in a JSON problem and in a reviewer's finding, and {@code
 * $.executed} in the violation of the budget built alone, of which {@code $} is the budget.
 */
class OnePathDialectTest {

  private final JixiaoJson json = JixiaoJson.standard();
  private final String seed = json.write(BaiyunEvaluation.evaluation());

  @Test
  void aNegativeExecutedAmountIsAtTheSamePathBuiltAloneAndReadInADocument() {
    InvalidValueException alone = catchThrowableOfType(InvalidValueException.class,
        () -> Budget.builder().fullYear(new BigDecimal("3306.19"))
            .executed(new BigDecimal("-1")).build());
    assertThat(alone.violations()).singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("$.executed"));

    JsonDocumentException read = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readEvaluation(seed.replace("\"executed\": 3212.37\n",
            "\"executed\": -1\n")));
    assertThat(read.problems()).singleElement()
        .satisfies(p -> assertThat(p.jsonPath()).isEqualTo("$.budget.executed"));
  }

  @Test
  void anExecutedAmountAboveTheBudgetIsFoundAtTheSamePathAJsonProblemUses() {
    // 3306.20 spent of a full-year budget of 3306.19: one hundredth above it.
    SelfEvaluation overspent = json.readEvaluation(
        seed.replace("\"executed\": 3212.37\n", "\"executed\": 3306.20\n"));

    assertThat(Checks.standard().run(overspent).findings("JX-103")).singleElement()
        .satisfies(f -> assertThat(f.getPath()).isEqualTo("$.budget.executed"));
  }
}
