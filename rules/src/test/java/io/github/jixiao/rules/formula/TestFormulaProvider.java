package io.github.jixiao.rules.formula;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.result.FormulaStatus;
import io.github.jixiao.rules.spi.Formula;
import io.github.jixiao.rules.spi.FormulaProvider;
import java.math.BigDecimal;
import java.util.List;

/**
 * A user's formula found through {@code ServiceLoader}: 扣分项数, the number of deductions the
 * evaluation records, a count.
 */
public final class TestFormulaProvider implements FormulaProvider {

  /** The formula's id. */
  public static final String DEDUCTION_COUNT = "deduction-count";

  @Override
  public List<Formula> formulas() {
    return List.of(new Formula() {
      @Override
      public String id() {
        return DEDUCTION_COUNT;
      }

      @Override
      public FormulaResult compute(SelfEvaluation evaluation) {
        return FormulaResult.builder().formula(DEDUCTION_COUNT).status(FormulaStatus.COMPUTED)
            .value(BigDecimal.valueOf(evaluation.getDeductions().size())).unit("个")
            .addInputs(Argument.number("deductions",
                BigDecimal.valueOf(evaluation.getDeductions().size())))
            .build();
      }
    });
  }
}
