package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.result.FormulaStatus;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.ExecutionBase;
import io.github.jixiao.rules.rulebook.ExecutionSettings;
import java.math.BigDecimal;
import java.util.List;

/**
 * The execution line (预算执行率) under a rulebook's {@link ExecutionSettings}: the formula that
 * computes it against the rulebook's base, the card's note naming a base other than the full-year
 * budget with the figures used, and whether its points are capped at the weight.
 *
 * <p>The formula SPI stays as it is ({@code Formula.compute(SelfEvaluation)}): a leaf names
 * {@code execution-rate}, and the scorer computes the built-in formula of the base instead ({@code
 * execution-rate.with-carry-over}, {@code execution-rate.funds-in-place}), whose result names
 * itself and its figures on the card.
 */
final class ExecutionLine {

  private ExecutionLine() {}

  /** The id of the formula an {@code execution-rate} leaf is computed by under {@code settings}. */
  static String formulaId(ExecutionSettings settings) {
    return Formulas.executionRate(settings.getBase());
  }

  /**
   * Whether a leaf's points may exceed its weight: an execution line scored by the {@code
   * proportional} rule under a rulebook that does not cap it.
   */
  static boolean uncapped(LeafResolution leaf, ExecutionSettings settings) {
    return leaf.executionLine && !settings.isCapped()
        && BuiltInRules.PROPORTIONAL.equals(leaf.spec.getType());
  }

  /**
   * The note for an execution line the rulebook does not cap that is scored by another rule than
   * {@code proportional} (its default rule, say): the setting cannot apply to it, and the card
   * says so rather than capping it without a word; null when the setting applies or is not set.
   */
  static Message uncappedIgnored(LeafResolution leaf, ExecutionSettings settings) {
    if (!leaf.executionLine || settings.isCapped()
        || BuiltInRules.PROPORTIONAL.equals(leaf.spec.getType())) {
      return null;
    }
    return Message.of("note.execution-uncapped-ignored",
        Argument.text("code", Echo.text(leaf.code)), Argument.text("name", Echo.phrase(leaf.name)),
        Argument.text("type", Echo.text(leaf.spec.getType())),
        Argument.text("proportional", BuiltInRules.PROPORTIONAL));
  }

  /**
   * Notes, for an execution line computed against {@code base} (not the full-year budget), which
   * base it was and the figures used, or that the evaluation does not give the base's figure.
   */
  static void noteBase(String code, String name, ExecutionBase base, FormulaResult result,
      List<Message> notes) {
    Argument codeArg = Argument.text("code", Echo.text(code));
    Argument nameArg = Argument.text("name", Echo.phrase(name));
    Argument baseArg = Argument.message("base", Message.label(base));
    if (result.getStatus() == FormulaStatus.MISSING_DATA) {
      notes.add(Message.of("note.execution-base.missing", codeArg, nameArg, baseArg));
    } else if (base == ExecutionBase.FULL_YEAR_WITH_CARRY_OVER) {
      notes.add(Message.of("note.execution-base.carry-over", codeArg, nameArg, baseArg,
          figure(result, "fullYear"), figure(result, "carryOver"), figure(result, "budget"),
          figure(result, "executed")));
    } else {
      notes.add(Message.of("note.execution-base", codeArg, nameArg, baseArg,
          Argument.number("figure", result.input("fundsInPlace").orElseThrow()),
          figure(result, "executed")));
    }
  }

  /** The uncapped note: the line's {@code points} are above its {@code weight}. */
  static Message uncappedNote(String code, String name, BigDecimal points, BigDecimal weight) {
    return Message.of("note.execution-uncapped", Argument.text("code", Echo.text(code)),
        Argument.text("name", Echo.phrase(name)), Argument.number("points", points),
        Argument.number("weight", weight));
  }

  private static Argument figure(FormulaResult result, String input) {
    return Argument.number(input, result.input(input).orElseThrow());
  }
}
