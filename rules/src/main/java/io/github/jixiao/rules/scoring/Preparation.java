package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.explanation.Argument;
import io.github.jixiao.rules.explanation.Explanation;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A rulebook prepared for scoring (评分前准备): it must be for the evaluation's kind (部门整体支出 or
 * 项目支出), and every rule it names must be registered and pass its own check. Done before any
 * indicator is scored, so a rulebook that cannot be scored never gives a number.
 */
final class Preparation {

  private record Verified(Rulebook rulebook, ScoringRules rules) {}

  // A batch scores thousands of evaluations under one rulebook with one registry: verified once.
  // Compared by identity (both are immutable); another pair simply replaces it.
  private static volatile Verified lastVerified;

  private Preparation() {}

  /**
   * Verifies {@code rulebook} against {@code rules}.
   *
   * @throws ScoringException naming the first problem, its rule type and indicator
   */
  static void verify(ScoringRules rules, Rulebook rulebook) {
    Verified last = lastVerified;
    if (last != null && last.rulebook() == rulebook && last.rules() == rules) {
      return;
    }
    List<RulebookVerifier.Problem> problems = RulebookVerifier.problems(rules, rulebook);
    if (!problems.isEmpty()) {
      throw RulebookVerifier.refusal(rules, rulebook, problems);
    }
    lastVerified = new Verified(rulebook, rules);
  }

  /** The kind the rulebook is for, when it is for one and the evaluation is of another. */
  static Optional<EvaluationKind> otherKind(SelfEvaluation evaluation, Rulebook rulebook) {
    return rulebook.getEvaluationKind().filter(kind -> kind != evaluation.getKind());
  }

  /** The refusal to score {@code evaluation} under a rulebook for {@code kind}. */
  static ScoringException kindRefusal(SelfEvaluation evaluation, Rulebook rulebook,
      EvaluationKind kind) {
    String id = Echo.text(rulebook.getId());
    EvaluationKind actual = evaluation.getKind();
    String fitting = Rulebooks.all().stream()
        .filter(r -> r.getEvaluationKind().map(k -> k == actual).orElse(true))
        .map(Rulebook::getId).collect(Collectors.joining(", "));
    return new ScoringException(null, null, "the rulebook '" + id + "' scores " + en(kind)
        + " evaluations (" + kind.label() + "), but this evaluation is " + en(actual) + " ("
        + actual.label() + "): scored under it, its points would mean nothing; choose a rulebook"
        + " for " + en(actual) + " evaluations (built in: " + fitting + "), or ask to proceed"
        + " with a note on the card (Scorer.proceedingOnKindMismatch(); jixiao --any-kind)",
        "评分办法“" + id + "”适用于" + kind.label() + "绩效自评，而本自评为" + actual.label()
        + "绩效自评，按其评分没有意义；请选用适用于" + actual.label() + "的评分办法（内置："
        + fitting.replace(", ", "、") + "），或明确要求继续评分并在评分表中注明"
        + "（Scorer.proceedingOnKindMismatch()；命令行 --any-kind）", null);
  }

  /** The note a card scored despite the mismatch carries. */
  static Explanation kindNote(SelfEvaluation evaluation, Rulebook rulebook,
      EvaluationKind kind) {
    return Explanation.of("note.rulebook-kind",
        Argument.text("rulebook", Echo.text(rulebook.getId())),
        Argument.text("rulebookKind", kind.label()),
        Argument.text("rulebookKindEn", en(kind)),
        Argument.text("kind", evaluation.getKind().label()),
        Argument.text("kindEn", en(evaluation.getKind())));
  }

  /** {@code department-wide}, {@code project}. */
  private static String en(EvaluationKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
