package io.github.jixiao.testkit;

import static io.github.jixiao.testkit.quicktheories.QuickTheoriesGens.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.GradeScale;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.rulebook.TreeKind;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
      assertTotal(card, book);
    });
  }

  @Test
  void aTotalRescaledForAnEmptyOpenGroupIsThePointsSumScaledToTheFullScore() {
    // An open group the evaluation leaves empty does not apply (不适用): the points of the rest are
    // rescaled to the full score (按百分制折算).
    RandomSource source = RandomSource.seeded(2021);
    int rescaled = 0;
    for (int i = 0; i < 300; i++) {
      Rulebook book = RulebookGens.openRulebooks().generate(source);
      SelfEvaluation evaluation = RulebookGens.evaluationsUnder(book).generate(source);
      Optional<Map.Entry<SelfEvaluation, BigDecimal>> emptied = emptyOneOpenGroup(evaluation, book);
      if (emptied.isEmpty()) {
        continue;
      }
      ScoreCard card = SCORER.score(emptied.get().getKey(), book);
      assertThat(card.isRescaled()).as("rescaled").isTrue();
      assertThat(card.getMaximum()).isEqualByComparingTo("100");
      assertThat(card.getApplicableWeight())
          .isEqualByComparingTo(BigDecimal.valueOf(100).subtract(emptied.get().getValue()));
      assertTotal(card, book);
      rescaled++;
    }
    assertThat(rescaled).as("rescaled cards among 300").isGreaterThan(30);
  }

  /**
   * The total as the scorer works it out: the points sum, rounded by the rulebook's policy; or,
   * when some weight does not apply, the points sum × maximum ÷ applicable weight, the quotient
   * taken half up at 10 decimals (the scorer's working scale), then rounded by the policy.
   */
  private static void assertTotal(ScoreCard card, Rulebook book) {
    BigDecimal sum = card.getPointsSum();
    BigDecimal expected = card.isRescaled()
        ? book.getRounding().round(sum.multiply(card.getMaximum())
            .divide(card.getApplicableWeight(), 10, RoundingMode.HALF_UP))
        : book.getRounding().round(sum);
    assertThat(card.getTotal().orElseThrow()).isEqualByComparingTo(expected);
    assertThat(card.getGrade()).contains(book.getGradeScale().gradeOf(card.getTotal().orElseThrow()));
  }

  /**
   * {@code evaluation} with the leaves under the first open root of {@code book} taken out, with
   * their entries and deductions, and no claims; paired with the weight of that root. Empty if
   * the book has no open root or only one root (nothing would be left to apply).
   */
  private static Optional<Map.Entry<SelfEvaluation, BigDecimal>> emptyOneOpenGroup(
      SelfEvaluation evaluation, Rulebook book) {
    long roots = book.getIndicators().stream().filter(i -> i.getLevel() == 1).count();
    Optional<RulebookIndicator> open = book.getIndicators().stream()
        .filter(RulebookIndicator::isOpen).findFirst();
    if (roots < 2 || open.isEmpty()) {
      return Optional.empty();
    }
    String group = open.get().getCode();
    Set<String> dropped = evaluation.getIndicators().stream()
        .filter(i -> i.getParentCode().filter(group::equals).isPresent())
        .map(Indicator::getCode).collect(Collectors.toSet());
    assertThat(dropped).as("leaves under open group %s", group).isNotEmpty();
    SelfEvaluation.Builder emptied = SelfEvaluation.builder().kind(evaluation.getKind())
        .fiscalYear(evaluation.getFiscalYear()).department(evaluation.getDepartment())
        .budget(evaluation.getBudget())
        .addAllIndicators(evaluation.getIndicators().stream()
            .filter(i -> !dropped.contains(i.getCode())).toList())
        .addAllEntries(evaluation.getEntries().stream()
            .filter(e -> !dropped.contains(e.getIndicatorCode())).toList())
        .addAllDeductions(evaluation.getDeductions().stream()
            .filter(d -> !dropped.contains(d.getIndicatorCode())).toList());
    evaluation.getRulebook().ifPresent(emptied::rulebook);
    return Optional.of(Map.entry(emptied.build(), open.get().getWeight().orElseThrow()));
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
      assertThat(card.getClaimedGrade()).contains(card.getGrade().orElseThrow());
    });
  }

  @Test
  void theDefaultRulesGiveAGeneratedEvaluationExactlyThePointsItClaims() {
    // JixiaoGens takes its claims from the scorer under the evaluation's own table: scoring it
    // again there gives every claim back, and the grade is the central scale's. (That the claims
    // are the methodology's formulas is checked independently in GeneratedValuesPropertiesTest.)
    qt().withExamples(200).forAll(of(JixiaoGens.selfEvaluations())).checkAssert(evaluation -> {
      ScoreCard card = SCORER.score(evaluation,
          RulebookGens.tableAsRulebook(evaluation.getIndicators()));
      assertThat(card.getIndicators()).allSatisfy(indicator ->
          assertThat(indicator.getDifference()).as(indicator.getCode())
              .hasValueSatisfying(d -> assertThat(d).isZero()));
      assertThat(card.getTotal().orElseThrow()).isEqualByComparingTo(evaluation.getClaimedTotal().orElseThrow());
      assertThat(card.getGrade()).contains(evaluation.getClaimedGrade().orElseThrow());
      assertThat(evaluation.getClaimedGrade())
          .contains(GradeScale.central().gradeOf(evaluation.getClaimedTotal().orElseThrow()));
    });
  }

  @Test
  void aTableAsRulebookHasTheTablesIndicatorsNoRulesAndTheDefaults() {
    qt().withExamples(100).forAll(of(JixiaoGens.indicatorTables())).checkAssert(table -> {
      Rulebook book = RulebookGens.tableAsRulebook(table);
      assertThat(book.treeKind()).isEqualTo(TreeKind.COMPLETE);
      assertThat(book.getGradeScale()).isEqualTo(GradeScale.central());
      assertThat(book.getRounding()).isEqualTo(RoundingPolicy.standard());
      assertThat(book.getIndicators()).hasSameSizeAs(table);
      for (int i = 0; i < table.size(); i++) {
        Indicator row = table.get(i);
        RulebookIndicator node = book.getIndicators().get(i);
        assertThat(node.getCode()).isEqualTo(row.getCode());
        assertThat(node.getParentCode()).isEqualTo(row.getParentCode());
        assertThat(node.getWeight()).contains(row.getWeight());
        assertThat(node.getKind()).contains(row.getKind());
        assertThat(node.getDirection()).isEqualTo(row.getDirection());
        assertThat(node.getTarget()).isEqualTo(row.getTarget());
        assertThat(node.getRule()).isEmpty();
      }
    });
  }
}
