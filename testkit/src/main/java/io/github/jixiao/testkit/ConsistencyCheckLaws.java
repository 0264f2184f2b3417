package io.github.jixiao.testkit;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.spi.ConsistencyCheck;
import java.util.List;
import java.util.Objects;

/**
 * The laws every consistency check (审核规则) must keep on consistent self-evaluations
 * (审核规则应满足的性质):
 *
 * <ol>
 *   <li>{@link Law#RETURNS_FINDINGS}: it gives a list of findings for every evaluation, never an
 *       exception or null;
 *   <li>{@link Law#SILENT_ON_CONSISTENT}: on an evaluation whose numbers agree — as
 *       {@link JixiaoGens#selfEvaluations()} gives them — it finds nothing at or above a severity,
 *       {@link Severity#ERROR} unless said otherwise ({@link #silentFrom(Severity)});
 *   <li>{@link Law#DETERMINISTIC}: checking the same evaluation twice gives the same findings;
 *   <li>{@link Law#FINDINGS_NAME_THEIR_CHECK}: every finding carries the check's code.
 * </ol>
 *
 * <p>Warnings are not silenced by default because some are judgements rather than disagreements:
 * the standard JX-404 (a claimed total far above budget execution) fires for any claimed total
 * above 94.74, however well the numbers agree.
 */
public final class ConsistencyCheckLaws {

  /**
   * A law of {@link ConsistencyCheckLaws}: what every consistency check must keep (审核检查应满足的规律).
   */
  public enum Law {
    /** Findings for every evaluation: no exception, never null (返回检查结果). */
    RETURNS_FINDINGS,
    /** No finding at or above the severity on a consistent evaluation. */
    SILENT_ON_CONSISTENT,
    /** The same evaluation gives the same findings. */
    DETERMINISTIC,
    /** Every finding carries the check's code as its check code. */
    FINDINGS_NAME_THEIR_CHECK
  }

  private final ConsistencyCheck check;
  private final Gen<SelfEvaluation> evaluations;
  private final Severity silentFrom;

  private ConsistencyCheckLaws(ConsistencyCheck check, Gen<SelfEvaluation> evaluations,
      Severity silentFrom) {
    this.check = Objects.requireNonNull(check, "check");
    this.evaluations = Objects.requireNonNull(evaluations, "evaluations");
    this.silentFrom = Objects.requireNonNull(silentFrom, "silentFrom");
  }

  /** The laws of {@code check} on the consistent evaluations of {@link JixiaoGens#selfEvaluations()}. */
  public static ConsistencyCheckLaws of(ConsistencyCheck check) {
    return of(check, JixiaoGens.selfEvaluations());
  }

  /** The laws of {@code check} on {@code evaluations}, which must all be consistent. */
  public static ConsistencyCheckLaws of(ConsistencyCheck check,
      Gen<SelfEvaluation> evaluations) {
    return new ConsistencyCheckLaws(check, evaluations, Severity.ERROR);
  }

  /**
   * The same laws, silent from {@code severity} on: {@link Severity#WARNING} demands no errors and
   * no warnings, {@link Severity#INFO} no findings at all.
   */
  public ConsistencyCheckLaws silentFrom(Severity severity) {
    return new ConsistencyCheckLaws(check, evaluations, severity);
  }

  /** The evaluations the laws are checked on. */
  public Gen<SelfEvaluation> evaluations() {
    return evaluations;
  }

  /**
   * Checks every law on {@code evaluation}.
   *
   * @throws LawViolation naming the first law broken
   */
  public void check(SelfEvaluation evaluation) {
    List<Finding> first = run(evaluation);
    List<Finding> second = run(evaluation);
    if (!first.equals(second)) {
      throw violation(Law.DETERMINISTIC, evaluation, "found " + first + " and then " + second);
    }
    for (Finding finding : first) {
      if (!check.code().equals(finding.getCheckCode())) {
        throw violation(Law.FINDINGS_NAME_THEIR_CHECK, evaluation, "finding " + finding.getCode()
            + " at " + finding.getPath() + " names check " + finding.getCheckCode());
      }
      if (seriousness(finding.getSeverity()) >= seriousness(silentFrom)) {
        throw violation(Law.SILENT_ON_CONSISTENT, evaluation, finding.getSeverity() + " "
            + finding.getCode() + " at '" + finding.getPath() + "': " + finding.message(java.util.Locale.ENGLISH));
      }
    }
  }

  /**
   * Checks every law on {@code examples} evaluations drawn from a source seeded with
   * {@code seed}: no shrinking, but reproducible.
   */
  public void checkRandomly(long seed, int examples) {
    RandomSource source = RandomSource.seeded(seed);
    for (int i = 0; i < examples; i++) {
      check(evaluations.generate(source));
    }
  }

  /** An evaluation in a line: its size and its key numbers, for a failure report. */
  public static String describe(SelfEvaluation e) {
    return "{year=" + e.getFiscalYear() + ", indicators=" + e.getIndicators().size()
        + ", entries=" + e.getEntries().size() + ", deductions=" + e.getDeductions().size()
        + ", tasks=" + e.getTasks().size() + ", duties=" + e.getDepartment().getDuties().size()
        + ", fullYear=" + e.getBudget().getFullYear().toPlainString()
        + ", executed=" + e.getBudget().getExecuted().toPlainString()
        + ", claimedTotal=" + e.getClaimedTotal().map(t -> t.toPlainString()).orElse("—")
        + ", figures=" + e.getStatedFigures().size() + ", problems=" + e.getProblems().size()
        + ", claims=" + e.getNarrativeClaims().size() + "}";
  }

  /** How serious a severity is: the higher, the more serious (错误 &gt; 警告 &gt; 提示). */
  private static int seriousness(Severity severity) {
    return switch (severity) {
      case ERROR -> 3;
      case WARNING -> 2;
      case INFO -> 1;
    };
  }

  private List<Finding> run(SelfEvaluation evaluation) {
    CheckContext context = CheckContext.of(evaluation);
    List<Finding> findings;
    try {
      if (check.whyNotRun(context).isPresent()) {
        return List.of();
      }
      findings = check.check(context);
    } catch (RuntimeException e) {
      LawViolation violation = violation(Law.RETURNS_FINDINGS, evaluation, "threw " + e);
      violation.initCause(e);
      throw violation;
    }
    if (findings == null) {
      throw violation(Law.RETURNS_FINDINGS, evaluation, "returned null instead of a list");
    }
    if (findings.stream().anyMatch(Objects::isNull)) {
      throw violation(Law.RETURNS_FINDINGS, evaluation, "returned a null finding: " + findings);
    }
    return List.copyOf(findings);
  }

  private LawViolation violation(Law law, SelfEvaluation evaluation, String what) {
    return new LawViolation(law.name(), "consistency check " + check.code() + " ("
        + check.getClass().getName() + ")", describe(evaluation), what);
  }
}
