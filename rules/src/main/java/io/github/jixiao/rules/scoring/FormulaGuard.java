package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.internal.Listing;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.spi.Formula;

/**
 * Computes an indicator's named formula (计算公式) for the scorer, trusting no formula: one that is
 * not known, throws, or returns null or another formula's result stops scoring with a {@link
 * ScoringException} naming the formula and the indicator.
 */
final class FormulaGuard {

  private FormulaGuard() {}

  static FormulaResult compute(Formulas formulas, String id, SelfEvaluation evaluation,
      String ruleType, String code, String name) {
    Formula formula = formulas.find(id).orElse(null);
    if (formula == null) {
      throw new ScoringException(ruleType, code, Message.of("rules.formula.unknown",
          where(code, name), Argument.text("formula", Echo.text(id)),
          Argument.text("known", Listing.ids(formulas.ids()))), null);
    }
    FormulaResult result;
    try {
      result = formula.compute(evaluation);
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      throw new ScoringException(ruleType, code, Message.of("rules.formula.threw",
          Argument.text("formula", Echo.text(id)),
          Argument.text("class", formula.getClass().getName()), where(code, name),
          Argument.text("exception", e.getClass().getName())), e);
    }
    if (result == null || !id.equals(result.getFormula())) {
      Message got = result == null ? Message.of("rules.formula.got-null")
          : Message.of("rules.formula.got-other",
              Argument.text("other", Echo.text(result.getFormula())));
      throw new ScoringException(ruleType, code, Message.of("rules.formula.wrong-result",
          Argument.text("formula", Echo.text(id)),
          Argument.text("class", formula.getClass().getName()), where(code, name),
          Argument.message("got", got)), null);
    }
    return result;
  }

  // A message only when something went wrong: scoring makes none otherwise.
  private static Argument where(String code, String name) {
    return Argument.message("what", RulebookVerifier.indicator(code, name));
  }
}
