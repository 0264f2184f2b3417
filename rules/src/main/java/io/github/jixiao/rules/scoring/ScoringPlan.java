package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.Objects;
import java.util.Optional;

/**
 * A compiled scoring plan (评分方案): one rulebook prepared once for a scorer — verified against
 * the scorer's rules (every rule type registered, every rule's own check passed), its tree indexed
 * by parent, the nodes that move weight found and the default rule of every kind and direction
 * resolved — so that a batch scores each evaluation without doing any of it again. Immutable and
 * thread-safe: hold one plan per rulebook and share it between threads, as a Jackson user holds an
 * {@code ObjectReader}.
 *
 * <pre>{@code
 * ScoringPlan plan = Scorer.standard().compile(Rulebooks.mofProject2020()); // once
 * for (SelfEvaluation evaluation : year) {
 *   ScoreCard card = plan.score(evaluation);                              // every thread
 * }
 * }</pre>
 */
public final class ScoringPlan {

  private final Scorer scorer;
  private final Rulebook rulebook;
  private final BookIndex book;

  ScoringPlan(Scorer scorer, Rulebook rulebook) {
    this.scorer = scorer;
    this.rulebook = rulebook;
    Preparation.verify(scorer.rules(), rulebook);
    this.book = new BookIndex(rulebook);
  }

  /** The rulebook this plan scores under. */
  public Rulebook rulebook() {
    return rulebook;
  }

  /** The scorer this plan was compiled by: its rules, formulas and failure policy. */
  public Scorer scorer() {
    return scorer;
  }

  /**
   * Scores {@code evaluation} under the plan's rulebook, as {@link Scorer#score} does.
   *
   * @throws ScoringException if the evaluation is of another kind than the rulebook's (unless
   *     the scorer proceeds on a mismatch), or, in strict mode, if a rule fails on an indicator
   */
  public ScoreCard score(SelfEvaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    Optional<Message> kindNote = Optional.empty();
    Optional<EvaluationKind> other = Preparation.otherKind(evaluation, rulebook);
    if (other.isPresent()) {
      if (!scorer.proceedsOnKindMismatch()) {
        throw Preparation.kindRefusal(evaluation, rulebook, other.get());
      }
      kindNote = Optional.of(Preparation.kindNote(evaluation, rulebook, other.get()));
    }
    return new ScoringRun(scorer.rules(), scorer.formulas(), evaluation, rulebook, book,
        kindNote, scorer.failurePolicy()).run();
  }
}
