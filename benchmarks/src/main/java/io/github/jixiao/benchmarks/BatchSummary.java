package io.github.jixiao.benchmarks;

import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;

/**
 * The running summary of a batch (批量汇总) that a province keeps instead of its cards and reports:
 * how many evaluations were read and how many refused, the sum of their totals, and their findings
 * by severity (Jixiao) or the number of failing check codes (the baseline, which has no
 * severities). One per thread, added up at the end; not thread-safe.
 */
public final class BatchSummary {

  private long evaluations;
  private long refused;
  private BigDecimal points = BigDecimal.ZERO;
  private final long[] findings = new long[Severity.values().length];
  private long failingCodes;

  /** Counts one evaluation scored {@code total} with {@code found} findings. */
  public void add(BigDecimal total, Collection<Finding> found) {
    evaluations++;
    points = points.add(total);
    for (Finding finding : found) {
      findings[finding.getSeverity().ordinal()]++;
    }
  }

  /** Counts one evaluation totalled {@code total} by hand with {@code codes} failing checks. */
  public void addByHand(BigDecimal total, int codes) {
    evaluations++;
    points = points.add(total);
    failingCodes += codes;
  }

  /** Counts one document that could not be read. */
  public void refuse() {
    refused++;
  }

  /** This summary and {@code other}'s together. */
  public BatchSummary plus(BatchSummary other) {
    BatchSummary sum = new BatchSummary();
    sum.evaluations = evaluations + other.evaluations;
    sum.refused = refused + other.refused;
    sum.points = points.add(other.points);
    for (int i = 0; i < findings.length; i++) {
      sum.findings[i] = findings[i] + other.findings[i];
    }
    sum.failingCodes = failingCodes + other.failingCodes;
    return sum;
  }

  /** How many evaluations were scored. */
  public long evaluations() {
    return evaluations;
  }

  /** How many documents could not be read. */
  public long refused() {
    return refused;
  }

  /** The sum of the totals. */
  public BigDecimal points() {
    return points;
  }

  /** The findings of {@code severity}. */
  public long findings(Severity severity) {
    return findings[severity.ordinal()];
  }

  /** The failing check codes the baseline found. */
  public long failingCodes() {
    return failingCodes;
  }

  @Override
  public String toString() {
    return evaluations + " evaluations (" + refused + " refused), total points " + points
        + ", findings by severity " + Arrays.toString(findings) + ", failing codes "
        + failingCodes;
  }
}
