package io.github.jixiao.rules.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringPlan;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The index of an evaluation's table, shared by the scorer and the checks of one review (issue
 * 14: the table was indexed by the scorer, again by the checks, and a third time by the
 * evaluation's own look-ups).
 */
class EvaluationIndexTest {

  private static final SelfEvaluation SEED = BaiyunFixture.evaluation();

  @Test
  void theSeedsTableIsIndexedByCodeWithPositionsChildrenEntriesAndDeductions() {
    EvaluationIndex index = EvaluationIndex.of(SEED);

    // The Guangzhou tree mirrored: 1 (1.1, 1.2), 2 (2.1 (2.1.1, 2.1.2, 2.1.3), 2.2 … 2.6).
    assertThat(index.indicator("2.1.1").map(Indicator::getName)).hasValue("预算完成率");
    assertThat(index.children("2.1")).extracting(Indicator::getCode)
        .containsExactly("2.1.1", "2.1.2", "2.1.3");
    assertThat(index.rowOrNull("2.1").childPositions()).containsExactly(
        index.indicatorIndex("2.1.1").orElseThrow(), index.indicatorIndex("2.1.2").orElseThrow(),
        index.indicatorIndex("2.1.3").orElseThrow());
    assertThat(index.isLeaf("2.1.1")).isTrue();
    assertThat(index.isLeaf("2.1")).isFalse();
    // Entries in the fixture's order: 1.1, 1.2, 2.1.1 …; 2.1.1 claims 9.
    assertThat(index.entryIndex("2.1.1")).hasValue(2);
    assertThat(index.entry("2.1.1").flatMap(e -> e.getClaimedScore())).hasValue(BigDecimal.valueOf(9));
    // The one deduction: 2 points on 2.1.3 (项目资金支出进度分配不均).
    assertThat(index.deductionTotal("2.1.3")).isEqualByComparingTo("2");
    assertThat(index.rowOrNull("2.1.3").deductions()).singleElement()
        .satisfies(d -> assertThat(d.getReason()).isEqualTo("项目资金支出进度分配不均"));
    assertThat(index.deductionTotal("2.1.1")).isEqualByComparingTo("0");
    assertThat(index.row("9.9")).isEmpty();
    assertThat(index.leafSum("2.1")).isEqualByComparingTo("20");
    assertThatThrownBy(() -> index.children("2.1").clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aReviewScoresThroughTheIndexItsChecksRead() {
    ScoringPlan plan = Scorer.standard().compile(Rulebooks.guangzhouDepartment2021());
    EvaluationIndex index = EvaluationIndex.of(SEED);
    CheckContext context = CheckContext.of(index, plan.rulebook(), () -> plan.score(index));

    assertThat(context.index()).isSameAs(index);
    ScoreCard card = context.scoreCard().orElseThrow();
    // 25 + 22 + 9.72 + 5 + (5 − 2) + 5 × 6 = 94.72, as through Scorer.score.
    assertThat(card.getTotal()).contains(new BigDecimal("94.72"));
    assertThat(card).isEqualTo(Scorer.standard().score(SEED, Rulebooks.guangzhouDepartment2021()));
    assertThat(Checks.standard().run(context))
        .isEqualTo(Checks.standard().run(SEED, Rulebooks.guangzhouDepartment2021()));
  }
}
