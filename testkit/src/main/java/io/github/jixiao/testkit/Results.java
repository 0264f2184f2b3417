package io.github.jixiao.testkit;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Score cards (评分表) and check reports (审核报告) of generated evaluations, some of them with errors to report. */
final class Results {

  private Results() {}

  /** Score cards of evaluations scored under generated rulebooks. */
  public static Gen<ScoreCard> scoreCards() {
    return Gen.oneOf(List.of(RulebookTrees.complete(), RulebookTrees.open()))
        .flatMap(book -> RulebookTrees.evaluationsUnder(book)
            .map(evaluation -> Scorer.standard().score(evaluation, book)));
  }

  /**
   * Check reports of the standard checks: on consistent evaluations (warnings and infos only) or on
   * evaluations whose claimed total is off and whose stated figures are off by one in their last
   * digit (errors JX-206 and JX-101 besides).
   */
  public static Gen<CheckReport> checkReports() {
    Gen<SelfEvaluation> consistent = Evaluations.selfEvaluations(IndicatorTables.complete());
    Gen<SelfEvaluation> misstated = source -> misstate(consistent.generate(source),
        BigDecimal.valueOf(source.between(1, 10_00, 1_00), 2));
    return Gen.oneOf(List.of(consistent, misstated)).map(Checks.standard()::run);
  }

  /** {@code evaluation} with its claimed total {@code off} higher and every stated figure one up. */
  private static SelfEvaluation misstate(SelfEvaluation evaluation, BigDecimal off) {
    List<StatedFigure> figures = new ArrayList<>();
    for (StatedFigure figure : evaluation.getStatedFigures()) {
      figures.add(figure.withStatedValue(figure.getStatedValue()
          .add(BigDecimal.ONE.movePointLeft(figure.getPrecision()))));
    }
    return SelfEvaluation.builder().from(evaluation).statedFigures(figures)
        .claimedTotal(evaluation.getClaimedTotal().orElseThrow().add(off)).build();
  }
}
