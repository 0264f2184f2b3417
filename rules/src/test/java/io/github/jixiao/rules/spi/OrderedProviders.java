package io.github.jixiao.rules.spi;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.result.FormulaStatus;
import java.util.List;

/**
 * Providers listed out of order under {@code plugins/ordered/}: read by priority (higher first),
 * then by class name, whatever order the service file gives.
 */
final class OrderedProviders {

  private OrderedProviders() {}

  private static Formula missing(String id) {
    return new Formula() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public FormulaResult compute(SelfEvaluation evaluation) {
        return FormulaResult.builder().formula(id).status(FormulaStatus.MISSING_DATA).unit("%")
            .build();
      }
    };
  }

  /** Priority 0. */
  public static final class Low implements FormulaProvider {
    @Override
    public List<Formula> formulas() {
      return List.of(missing("low"));
    }
  }

  /** Priority 0; its class name sorts before {@link Low}'s. */
  public static final class AlsoLow implements FormulaProvider {
    @Override
    public List<Formula> formulas() {
      return List.of(missing("also-low"));
    }
  }

  /** Priority 10. */
  public static final class High implements FormulaProvider {
    @Override
    public List<Formula> formulas() {
      return List.of(missing("high"));
    }

    @Override
    public int priority() {
      return 10;
    }
  }
}
