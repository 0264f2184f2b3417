package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The two deriving examples, on the Baiyun 2021 report, with their totals worked out by hand. */
class DerivingExamplesTest {

  static final Path BAIYUN = BaiyunEvaluationTest.DOCUMENT;

  @Test
  void movingTwoPointsToTheExecutionRateScoresItTwelveTimesTheRate() {
    ScoreCard card = DeriveARulebook.score(BAIYUN);

    // 预算完成率 3212.37 ÷ 3306.19 = 97.162293 %; proportional: 12 × 0.97162293 = 11.6594… → 11.66
    assertThat(card.indicator("2.1.1").orElseThrow().getPoints())
        .isEqualTo(new BigDecimal("11.66"));
    // 资金使用合规性: by findings, none recorded: its whole new weight, 3
    assertThat(card.indicator("2.1.3").orElseThrow().getPoints()).isEqualByComparingTo("3");
    // 25 (1.1) + 20 (1.2, 达成 lower end) + 11.66 + 0 (2.1.2, no data) + 3 + 5 × 6 = 89.66
    assertThat(card.getTotal()).contains(new BigDecimal("89.66"));
    // and 资金管理 still holds 20
    assertThat(card.group("2.1").orElseThrow().getWeight()).isEqualByComparingTo("20");
  }

  @Test
  void theDerivedRulebookKeepsEverythingElseOfTheBuiltIn() {
    Rulebook builtIn = Rulebooks.guangzhouDepartment2021();
    Rulebook derived = DeriveARulebook.executionWeighsTwelve();

    assertThat(derived.getIndicators()).hasSameSizeAs(builtIn.getIndicators());
    assertThat(derived.withIndicators(java.util.Map.of(
        "2.1.1", i -> i.withWeight(new BigDecimal("10")),
        "2.1.3", i -> i.withWeight(new BigDecimal("5"))))).isEqualTo(builtIn);
    assertThat(Rulebook.builder().from(derived).build()).isEqualTo(derived);
  }

  @Test
  void oneWeightChangedAloneNoLongerAddsUpAndIsRefused() {
    // 资金管理 (2.1, indicators[4]) is 20 = 10 + 5 + 5; with 12 its children hold 22
    assertThatThrownBy(() -> Rulebooks.guangzhouDepartment2021()
        .withIndicator("2.1.1", i -> i.withWeight(new BigDecimal("12"))))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo("Rulebook");
          assertThat(e.violations()).extracting(Violation::path)
              .containsExactly("$.indicators[4].weight");
          assertThat(e.violations().get(0).message(Locale.ENGLISH)).contains("22").contains("20");
        });
  }

  @Test
  void anUnknownCodeIsRefusedNamingTheKnownOnes() {
    assertThatThrownBy(() -> Rulebooks.guangzhouDepartment2021()
        .withIndicator("2.1.9", i -> i.withWeight(new BigDecimal("1"))))
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).singleElement().satisfies(v -> {
              assertThat(v.path()).isEqualTo("$.indicators");
              assertThat(v.message(Locale.ENGLISH)).isEqualTo("no element of $.indicators has code"
                  + " '2.1.9';"
                  + " the codes are: 1, 1.1, 1.2, 2, 2.1, 2.1.1, 2.1.2, 2.1.3, 2.2, 2.3, 2.4,"
                  + " 2.5, 2.6");
              assertThat(v.message(Locale.CHINESE)).isEqualTo("$.indicators 中没有代码为 '2.1.9' 的元素；现有代码："
                  + "1, 1.1, 1.2, 2, 2.1, 2.1.1, 2.1.2, 2.1.3, 2.2, 2.3, 2.4, 2.5, 2.6");
            }));
  }

  @Test
  void theObtainedThreePublicFigureEarnsItsFivePointsAndLiftsTheGrade() {
    ScoreCard card = DeriveAnEvaluation.score(BAIYUN);

    // threshold: 98.50 % is not over the 100 % target, so no point is taken: 5 of 5
    assertThat(card.indicator("2.1.2").orElseThrow().getPoints()).isEqualByComparingTo("5");
    assertThat(card.indicator("2.1.2").orElseThrow().getStatus()).isEqualTo(ScoreStatus.SCORED);
    // 25 + 20 + 9.72 + 5 + 5 + 5 × 6 = 94.72: 优 (90 and above), 0.72 above the claimed 94
    assertThat(card.getTotal()).contains(new BigDecimal("94.72"));
    assertThat(card.getGrade().orElseThrow().label()).isEqualTo("优");
    assertThat(card.getDifference()).contains(new BigDecimal("0.72"));
  }

  @Test
  void theDerivedEvaluationDiffersFromTheReadOneInThatEntryOnly() {
    SelfEvaluation read = JixiaoJson.standard().readEvaluation(BAIYUN);
    SelfEvaluation derived = DeriveAnEvaluation.withThreePublicControl(BAIYUN);

    assertThat(derived.entry("2.1.2").orElseThrow().getActual())
        .contains(new BigDecimal("98.50"));
    assertThat(derived.withEntry("2.1.2", e -> e.withActual(java.util.Optional.empty())))
        .isEqualTo(read);
    assertThat(Scorer.standard().score(read, Rulebooks.guangzhouDepartment2021()).getTotal())
        .contains(new BigDecimal("89.72"));
  }

  @Test
  void anEntryThatDoesNotExistIsRefusedNamingTheEntries() {
    SelfEvaluation read = JixiaoJson.standard().readEvaluation(BAIYUN);

    assertThatThrownBy(() -> read.withEntry("3.1", e -> e.withActual(BigDecimal.ONE)))
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).singleElement().satisfies(v -> {
              assertThat(v.path()).isEqualTo("$.entries");
              assertThat(v.message(Locale.ENGLISH)).startsWith("no element of $.entries has code '3.1'; the"
                  + " codes are: 1.1, 1.2, 2.1.1, 2.1.2, 2.1.3, 2.2");
            }));
  }

  @Test
  void aDerivedEntryThatBreaksAConstraintIsRefusedAsABuiltOneIs() {
    SelfEvaluation read = JixiaoJson.standard().readEvaluation(BAIYUN);

    assertThatThrownBy(() -> read.withEntry("2.1.2",
        e -> e.withClaimedScore(new BigDecimal("5.555"))))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo("IndicatorEntry");
          assertThat(e.violations()).extracting(Violation::path).containsExactly("$.claimedScore");
        });
  }
}
