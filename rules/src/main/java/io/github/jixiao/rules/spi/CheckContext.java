package io.github.jixiao.rules.spi;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.ExecutionBase;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a check looks at (审核对象): the self-evaluation, optionally the rulebook (评分办法) it is
 * scored under and the score card (评分结果) of the rules, and the index every check needs ({@link
 * EvaluationIndex}), built once per review in time linear in the evaluation's size — indicators,
 * entries and deductions by indicator code, the children of each indicator — and shared with the
 * scorer when the card is scored through it ({@code Checks.context(evaluation, plan)}). Safe to share between threads; the score card is
 * computed once, when a check first asks for it.
 *
 * <pre>{@code
 * Checks.standard().run(CheckContext.of(evaluation));                        // no rescoring
 * Checks.standard().run(Checks.context(evaluation, Rulebooks.guangzhouDepartment2021()));
 * Checks.standard().run(CheckContext.of(evaluation, rulebook, scoreCard));   // card already made
 * Checks.standard().run(CheckContext.of(evaluation, rulebook,
 *     () -> myScorer.score(evaluation, rulebook)));                          // scored when asked
 * }</pre>
 */
public final class CheckContext {

  private final SelfEvaluation evaluation;
  private final EvaluationIndex index;
  private final Rulebook rulebook;
  private final Supplier<ScoreCard> scoring;
  private ScoreCard card;
  private RuntimeException scoringFailure;

  private CheckContext(EvaluationIndex index, Rulebook rulebook, Supplier<ScoreCard> scoring,
      ScoreCard card) {
    this.index = Objects.requireNonNull(index, "index");
    this.evaluation = index.evaluation();
    this.rulebook = rulebook;
    this.scoring = scoring;
    this.card = card;
  }

  private CheckContext(SelfEvaluation evaluation, Rulebook rulebook,
      Supplier<ScoreCard> scoring, ScoreCard card) {
    this(EvaluationIndex.of(Objects.requireNonNull(evaluation, "evaluation")), rulebook, scoring,
        card);
  }

  /** The context of a review of {@code evaluation} alone, without a rulebook. */
  public static CheckContext of(SelfEvaluation evaluation) {
    return new CheckContext(evaluation, null, null, null);
  }

  /**
   * The context of a review of {@code evaluation} under {@code rulebook}, scored by {@code
   * scoring} (called at most once, when a check first needs the score card; what it throws is
   * thrown to every check that asks). {@code Checks.context(evaluation, rulebook)} gives one scored
   * by the standard scorer.
   */
  public static CheckContext of(SelfEvaluation evaluation, Rulebook rulebook,
      Supplier<ScoreCard> scoring) {
    return new CheckContext(evaluation, Objects.requireNonNull(rulebook, "rulebook"),
        Objects.requireNonNull(scoring, "scoring"), null);
  }

  /**
   * The context of a review of the evaluation {@code index} holds under {@code rulebook}, scored
   * by {@code scoring} when a check first needs the card: a caller that scores through the same
   * index ({@code plan.score(index)}) indexes the table once for scorer and checks.
   */
  public static CheckContext of(EvaluationIndex index, Rulebook rulebook,
      Supplier<ScoreCard> scoring) {
    return new CheckContext(index, Objects.requireNonNull(rulebook, "rulebook"),
        Objects.requireNonNull(scoring, "scoring"), null);
  }

  /** The context of a review of {@code evaluation} under {@code rulebook}, already scored. */
  public static CheckContext of(SelfEvaluation evaluation, Rulebook rulebook, ScoreCard card) {
    return new CheckContext(evaluation, Objects.requireNonNull(rulebook, "rulebook"), null,
        Objects.requireNonNull(card, "card"));
  }

  /** The self-evaluation under review. */
  public SelfEvaluation evaluation() {
    return evaluation;
  }

  /** The index of the evaluation's table, shared with the scorer when it scores through it. */
  public EvaluationIndex index() {
    return index;
  }

  /** The rulebook the evaluation is scored under, when one was given. */
  public Optional<Rulebook> rulebook() {
    return Optional.ofNullable(rulebook);
  }

  /**
   * The rules' score card of the evaluation: empty without a rulebook; computed on first use.
   *
   * @throws RuntimeException what the scorer threw (e.g. a {@code ScoringException}), every time
   *     it is asked: a check that needs the card then fails and is reported as JX-000
   */
  public synchronized Optional<ScoreCard> scoreCard() {
    if (rulebook == null) {
      return Optional.empty();
    }
    if (card == null && scoringFailure == null) {
      try {
        card = Objects.requireNonNull(scoring.get(), "the score card scoring gave");
      } catch (RuntimeException e) {
        scoringFailure = e;
      }
    }
    if (scoringFailure != null) {
      throw scoringFailure;
    }
    return Optional.of(card);
  }

  /** The position in {@code indicators} of the indicator with this code. */
  public Optional<Integer> indicatorIndex(String code) {
    return index.indicatorIndex(code);
  }

  /** The indicator of the evaluation's table with this code. */
  public Optional<Indicator> indicator(String code) {
    return index.indicator(code);
  }

  /** The position in {@code entries} of the entry for the indicator with this code. */
  public Optional<Integer> entryIndex(String indicatorCode) {
    return index.entryIndex(indicatorCode);
  }

  /** The unit's entry for the indicator with this code. */
  public Optional<IndicatorEntry> entry(String indicatorCode) {
    return index.entry(indicatorCode);
  }

  /** The positions in {@code indicators} of the indicators whose parent code is {@code code}. */
  public List<Integer> childIndices(String code) {
    EvaluationIndex.Row row = index.rowOrNull(code);
    return row == null ? List.of() : row.childPositions();
  }

  /** Whether no indicator of the table has {@code code} as its parent: a leaf, which is scored. */
  public boolean isLeaf(String code) {
    return index.isLeaf(code);
  }

  /** The points deducted from the indicator with this code, zero when none. */
  public BigDecimal deductionTotal(String indicatorCode) {
    return index.deductionTotal(indicatorCode);
  }

  /**
   * 预算执行率: executed ÷ the rulebook's execution base × 100 at {@code scale} decimals, half up
   * — the full-year budget unless the rulebook says otherwise ({@code
   * Rulebook.getExecution().getBase()}: with the carry-over, or the funds in place), as the
   * scorer computes the execution line; empty when the base is zero or not given (not
   * applicable, or missing data).
   */
  public Optional<Percentage> executionRate(int scale) {
    return executionBase().rate(evaluation.getBudget(), scale);
  }

  /** The base the execution rate is measured against: the rulebook's, else the full year. */
  public ExecutionBase executionBase() {
    return rulebook == null ? ExecutionBase.FULL_YEAR : rulebook.getExecution().getBase();
  }

  /**
   * The points the unit claims for the indicator with this code in the end: its entry's claimed
   * score, less its 扣减分数 when the rulebook subtracts that column ({@code
   * Rulebook.netClaim}); as claimed without a rulebook. Empty when it claims none.
   */
  public Optional<BigDecimal> netClaim(String indicatorCode) {
    Optional<IndicatorEntry> entry = entry(indicatorCode);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    return rulebook == null ? entry.get().getClaimedScore() : rulebook.netClaim(entry.get());
  }
}
