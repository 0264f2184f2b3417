package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.List;
import java.util.Optional;

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
    EvaluationKind actual = evaluation.getKind();
    List<String> fitting = Rulebooks.all().stream()
        .filter(r -> r.getEvaluationKind().map(k -> k == actual).orElse(true))
        .map(Rulebook::getId).toList();
    return new ScoringException(null, null, Message.of("rules.scoring.wrong-kind",
        Argument.text("rulebook", Echo.text(rulebook.getId())),
        Argument.message("rulebookKind", Message.label(kind)),
        Argument.message("kind", Message.label(actual)), Argument.list("fitting", fitting),
        Argument.text("api", "Scorer.proceedingOnKindMismatch()"),
        Argument.text("command", "jixiao --any-kind")), null);
  }

  /** The note a card scored despite the mismatch carries. */
  static Message kindNote(SelfEvaluation evaluation, Rulebook rulebook,
      EvaluationKind kind) {
    return Message.of("note.rulebook-kind",
        Argument.text("rulebook", Echo.text(rulebook.getId())),
        Argument.message("rulebookKind", Message.label(kind)),
        Argument.message("kind", Message.label(evaluation.getKind())));
  }
}
