package io.github.jixiao.rules.check.internal;

import io.github.jixiao.rules.spi.ConsistencyCheck;
import java.math.BigDecimal;
import java.util.List;

/** The standard checks (标准审核检查), one instance each, with the methodology's default parameters. */
public final class StandardChecks {

  private StandardChecks() {}

  /** Every standard check, in code order. */
  public static List<ConsistencyCheck> all() {
    return List.of(
        new StatedRateCheck(),
        new StatedFigureVsDataCheck(),
        new ExecutedAboveBudgetCheck(),
        new PartsVsTotalCheck(),
        new FundingVsTotalCheck(),
        new ClaimedScoreRangeCheck(),
        new DeductionsAboveWeightCheck(),
        new WeightsCheck(),
        new CodeClashCheck(),
        new UnknownParentCheck(),
        new ClaimedTotalCheck(),
        new ClaimedGradeCheck(),
        new ActualAsWrittenCheck(),
        new OverAchievedCheck(),
        new LostPointsUnexplainedCheck(),
        new FullPointsOffTargetCheck(),
        new QualitativeWithoutCompletionCheck(),
        new DefaultCostAboveCapCheck(),
        new ClaimedScoreVsRulesCheck(new BigDecimal(ClaimedScoreVsRulesCheck.DEFAULT_TOLERANCE)),
        new UnscoredByRulesCheck(),
        new AllTargetsMetCheck(),
        new AllTasksCompletedCheck(),
        new ProblemWithFullPointsCheck(),
        new ScoreFarAboveExecutionCheck(ScoreFarAboveExecutionCheck.DEFAULT_THRESHOLD_PERCENT),
        new LowExecutionUnexplainedCheck(),
        new MissedTargetUnexplainedCheck(),
        new NarrativeFigureVsTableCheck(),
        new KeyTaskWithoutDutyCheck(),
        new DutyWithoutTaskCheck(),
        new MoneyAsQuantityCheck(),
        new CostWithAtLeastCheck(),
        new SameIndicatorTwiceCheck(),
        new UnspentWithFullOutputsCheck(),
        new QualityZeroQuantityFullCheck(),
        new VagueBenefitTargetCheck(),
        new EmptyQuantitativeClaimCheck(),
        new SatisfactionWithoutSurveyCheck());
  }
}
