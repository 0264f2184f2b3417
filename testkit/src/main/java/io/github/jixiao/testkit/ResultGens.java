package io.github.jixiao.testkit;

import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;

/**
 * Generators of the results of scoring and review (评分与审核结果): score cards (评分表) and check
 * reports (审核报告) of generated evaluations — for the round trips of readers and writers, and for
 * renderers.
 */
public final class ResultGens {

  private ResultGens() {}

  /** Score cards of generated evaluations scored under generated rulebooks, complete and open. */
  public static Gen<ScoreCard> scoreCards() {
    return Results.scoreCards();
  }

  /**
   * Reports of the standard checks on generated evaluations: consistent ones (warnings and infos
   * only), or ones whose claimed total is off and whose stated figures are one up in their last
   * digit (with errors JX-206, and JX-101 where a rate is stated).
   */
  public static Gen<CheckReport> checkReports() {
    return Results.checkReports();
  }
}
