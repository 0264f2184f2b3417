package io.github.jixiao.rules.spi;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.result.FormulaStatus;
import io.github.jixiao.rules.rulebook.RuleSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Plug-ins that bring their own words (listed only under {@code plugins/bundled/}, {@code
 * plugins/bundle-missing/} and {@code plugins/bundle-clash/}): a rule and a formula whose
 * providers name a message bundle on the class path, and providers naming one that is absent or
 * whose key is already jixiao-rules'.
 */
public final class BundledProviders {

  /** The bundle of {@link Rules}. */
  public static final String RULES_BUNDLE = "com.example.jixiao.bundled.messages";

  /** The type id of the rule {@link Rules} gives. */
  public static final String HALF = "bundled-half";

  private BundledProviders() {}

  /** Half the weight, explained from its own bundle; refuses a parameter {@code share}. */
  public static final class Rules implements ScoringRuleProvider {
    @Override
    public List<ScoringRule> rules() {
      return List.of(new ScoringRule() {
        @Override
        public String type() {
          return HALF;
        }

        @Override
        public RuleOutcome score(RuleInput in) {
          BigDecimal half = in.getWeight().divide(BigDecimal.valueOf(2));
          return RuleOutcome.scored(half, Message.of("bundled.half",
              Argument.text("name", in.getIndicatorName()),
              Argument.number("points", in.round(half))));
        }

        @Override
        public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
          if (spec.param("share").isPresent()) {
            problems.add("params.share", Message.of("bundled.no-share",
                Argument.text("param", "share")));
          }
        }
      });
    }

    @Override
    public Optional<String> messageBundle() {
      return Optional.of(RULES_BUNDLE);
    }
  }

  /** A formula provider with a bundle of its own. */
  public static final class Formulas implements FormulaProvider {
    @Override
    public List<Formula> formulas() {
      return List.of(new Formula() {
        @Override
        public String id() {
          return "bundled-nothing";
        }

        @Override
        public FormulaResult compute(SelfEvaluation evaluation) {
          return FormulaResult.builder().formula(id()).status(FormulaStatus.MISSING_DATA)
              .unit("%").build();
        }
      });
    }

    @Override
    public Optional<String> messageBundle() {
      return Optional.of("com.example.jixiao.formulas.messages");
    }
  }

  /** Names a bundle of which no file is on the class path. */
  public static final class MissingBundle implements ScoringRuleProvider {
    @Override
    public List<ScoringRule> rules() {
      return List.of();
    }

    @Override
    public Optional<String> messageBundle() {
      return Optional.of("com.example.jixiao.absent.messages");
    }
  }

  /** Names a bundle that defines {@code missing.actual}, a key of jixiao-rules' bundle. */
  public static final class ClashingBundle implements ScoringRuleProvider {
    @Override
    public List<ScoringRule> rules() {
      return List.of();
    }

    @Override
    public Optional<String> messageBundle() {
      return Optional.of("com.example.jixiao.clash.messages");
    }
  }
}
