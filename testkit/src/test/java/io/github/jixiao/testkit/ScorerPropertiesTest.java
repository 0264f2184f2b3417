package io.github.jixiao.testkit;

import static io.github.jixiao.testkit.quicktheories.QuickTheoriesGens.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.rulebook.GradeScale;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.rulebook.TreeKind;
import io.github.jixiao.rules.scoring.IndicatorScore;
import io.github.jixiao.rules.scoring.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scorer's laws over generated rulebooks and the evaluations scored under them. */
class ScorerPropertiesTest {

  private static final Scorer SCORER = Scorer.standard();

  @Test
  void aGeneratedRulebooksWeightsAddUpToOneHundredAndEveryGroupToItsChildren() {
    qt().withExamples(300).forAll(of(Gen.oneOf(List.of(RulebookGens.rulebooks(),
        RulebookGens.openRulebooks())))).checkAssert(book -> {
          BigDecimal roots = book.getIndicators().stream().filter(i -> i.getLevel() == 1)
              .map(i -> i.getWeight().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(roots).isEqualByComparingTo("100");
          for (RulebookIndicator group : book.getIndicators()) {
            BigDecimal children = book.getIndicators().stream()
                .filter(i -> i.getParentCode().filter(group.getCode()::equals).isPresent())
                .map(i -> i.getWeight().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (children.signum() > 0) {
              assertThat(children).isEqualByComparingTo(group.getWeight().orElseThrow());
            }
          }
        });
    qt().withExamples(50).forAll(of(RulebookGens.rulebooks()))
        .checkAssert(book -> assertThat(book.treeKind()).isEqualTo(TreeKind.COMPLETE));
  }

  @Test
  void theTotalIsTheSumOfTheRoundedIndicatorPoints() {
    qt().withExamples(200).forAll(of(RulebookGens.scorable())).checkAssert(pair -> {
      Rulebook book = pair.rulebook();
      ScoreCard card = SCORER.score(pair.evaluation(), book);
      BigDecimal sum = BigDecimal.ZERO;
      for (IndicatorScore indicator : card.getIndicators()) {
        assertThat(indicator.getPoints()).isBetween(BigDecimal.ZERO, indicator.getWeight());
        assertThat(indicator.getPoints()).isEqualTo(book.getRounding().round(indicator.getPoints()));
        sum = sum.add(indicator.getPoints());
      }
      assertThat(card.getPointsSum()).isEqualByComparingTo(sum);
      if (!card.isRescaled()) {
        assertThat(card.getTotal()).isEqualByComparingTo(book.getRounding().round(sum));
      }
      assertThat(card.getGrade()).isEqualTo(book.getGradeScale().gradeOf(card.getTotal()));
    });
  }

  @Test
  void theGradeNeverFallsAsTheTotalRises() {
    Gen<Map.Entry<GradeScale, long[]>> scalesAndTotals = RulebookGens.rulebooks()
        .map(Rulebook::getGradeScale)
        .zip(Gen.longs(0, 100_00).zip(Gen.longs(0, 100_00), (a, b) -> new long[] {a, b}),
            Map::entry);
    qt().forAll(of(scalesAndTotals)).checkAssert(pair -> {
      long low = Math.min(pair.getValue()[0], pair.getValue()[1]);
      long high = Math.max(pair.getValue()[0], pair.getValue()[1]);
      GradeScale scale = pair.getKey();
      // Grades are declared best first: a lower ordinal is a better grade.
      assertThat(scale.gradeOf(BigDecimal.valueOf(high, 2)).ordinal())
          .isLessThanOrEqualTo(scale.gradeOf(BigDecimal.valueOf(low, 2)).ordinal());
    });
  }

  @Test
  void scoringTwiceGivesEqualCards() {
    qt().withExamples(200).forAll(of(RulebookGens.scorable())).checkAssert(pair ->
        assertThat(SCORER.score(pair.evaluation(), pair.rulebook()))
            .isEqualTo(SCORER.score(pair.evaluation(), pair.rulebook())));
  }

  @Test
  void anEvaluationGeneratedUnderARulebookClaimsWhatTheRulesGive() {
    qt().withExamples(200).forAll(of(RulebookGens.scorable())).checkAssert(pair -> {
      ScoreCard card = SCORER.score(pair.evaluation(), pair.rulebook());
      assertThat(card.getIndicators()).allSatisfy(indicator ->
          assertThat(indicator.getDifference()).hasValueSatisfying(d -> assertThat(d).isZero()));
      assertThat(card.getDifference()).hasValueSatisfying(d -> assertThat(d).isZero());
      assertThat(card.getClaimedGrade()).contains(card.getGrade());
    });
  }

  @Test
  void theDefaultRulesGiveAGeneratedEvaluationExactlyThePointsItClaims() {
    // JixiaoGens' claims follow the methodology's formula per direction and the qualitative
    // bands; the scorer's defaults for a table of the evaluation's own say the same.
    qt().withExamples(200).forAll(of(JixiaoGens.selfEvaluations())).checkAssert(evaluation -> {
      ScoreCard card = SCORER.score(evaluation, tableAsRulebook(evaluation));
      assertThat(card.getIndicators()).allSatisfy(indicator ->
          assertThat(indicator.getDifference()).as(indicator.getCode())
              .hasValueSatisfying(d -> assertThat(d).isZero()));
      assertThat(card.getTotal()).isEqualByComparingTo(evaluation.getClaimedTotal().orElseThrow());
      assertThat(card.getGrade()).isEqualTo(evaluation.getClaimedGrade().orElseThrow());
    });
  }

  /** A rulebook of one open root per level-1 indicator: the evaluation's table is scored as is. */
  private static Rulebook tableAsRulebook(SelfEvaluation evaluation) {
    Rulebook.Builder book = Rulebook.builder().id("own-table").title("自评表").source("自评表")
        .provenance(Provenance.confirmed("自评表"));
    for (Indicator indicator : evaluation.getIndicators()) {
      RulebookIndicator.Builder node = RulebookIndicator.builder().code(indicator.getCode())
          .name(indicator.getName()).level(indicator.getLevel()).weight(indicator.getWeight());
      indicator.getParentCode().ifPresent(node::parentCode);
      indicator.getDirection().ifPresent(node::direction);
      indicator.getTarget().ifPresent(node::target);
      indicator.getUnit().ifPresent(node::unit);
      book.addIndicator(node.kind(indicator.getKind()).build());
    }
    return book.build();
  }
}
