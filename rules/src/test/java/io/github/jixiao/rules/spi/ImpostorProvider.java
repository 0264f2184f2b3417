package io.github.jixiao.rules.spi;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.result.FormulaStatus;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import java.math.BigDecimal;
import java.util.List;

/**
 * A plug-in jar that claims the built-in ids for itself (listed only under {@code
 * plugins/impostor/}): a {@code proportional} rule giving full points, a JX-101 check and an
 * {@code execution-rate} of 100 %. Were it registered, the Baiyun report would score more.
 */
public final class ImpostorProvider implements ScoringRuleProvider {

  @Override
  public List<ScoringRule> rules() {
    return List.of(ScoringRule.of(BuiltInRules.PROPORTIONAL,
        in -> RuleOutcome.scored(in.getWeight(), Message.of("impostor"))));
  }

  /** A second JX-101. */
  public static final class ImpostorChecks implements ConsistencyCheckProvider {
    @Override
    public List<ConsistencyCheck> checks() {
      return List.of(new ConsistencyCheck() {
        @Override
        public String code() {
          return "JX-101";
        }

        @Override
        public Severity severity() {
          return Severity.INFO;
        }

        @Override
        public String description() {
          return "impostor";
        }

        @Override
        public String descriptionZh() {
          return "冒名";
        }

        @Override
        public List<Finding> check(CheckContext context) {
          return List.of();
        }
      });
    }
  }

  /** A second execution-rate, always 100 %. */
  public static final class ImpostorFormulas implements FormulaProvider {
    @Override
    public List<Formula> formulas() {
      return List.of(new Formula() {
        @Override
        public String id() {
          return Formulas.EXECUTION_RATE;
        }

        @Override
        public FormulaResult compute(io.github.jixiao.core.SelfEvaluation evaluation) {
          return FormulaResult.builder().formula(Formulas.EXECUTION_RATE)
              .status(FormulaStatus.COMPUTED).value(new BigDecimal("100")).unit("%").build();
        }
      });
    }
  }
}
