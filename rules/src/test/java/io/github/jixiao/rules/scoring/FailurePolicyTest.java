package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A user rule that fails on one indicator (issue 14): by default ({@link FailurePolicy#RECORD})
 * that indicator is FAILED and the rest of the card scores; in strict mode the card is aborted.
 */
class FailurePolicyTest {

  private static final ScoringRules RULES = ScoringRules.builder().withBuiltIns()
      .register(ScoringRule.of("user-throws", in -> {
        throw new IllegalStateException("secret words of the user's rule");
      })).build();

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /** 1 预算执行率 (40, proportional) and 2 会议保障 (60, the user's rule that throws). */
  private static Rulebook book() {
    return Rulebook.builder().id("user-rule").title("用户规则").source("test")
        .provenance(Provenance.confirmed("test"))
        .addIndicators(
            RulebookIndicator.builder().code("1").name("预算执行率").level(1).weight(d("40"))
                .rule(BuiltInRules.proportional()).build(),
            RulebookIndicator.builder().code("2").name("会议保障").level(1).weight(d("60"))
                .rule(RuleSpec.of("user-throws")).build())
        .build();
  }

  /** Executed 95 of a target of 100; the unit claims 40 + 48 = 88. */
  private static SelfEvaluation evaluation() {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021)
        .department(BaiyunFixture.department())
        .budget(Budget.builder().fullYear(d("200")).executed(d("190")).build())
        .addIndicators(
            Indicator.builder().code("1").name("预算执行率").level(1).weight(d("40"))
                .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
                .target(d("100")).unit("%").build(),
            Indicator.builder().code("2").name("会议保障").level(1).weight(d("60"))
                .kind(IndicatorKind.QUALITATIVE).build())
        .addEntries(
            IndicatorEntry.builder().indicatorCode("1").actual(d("95")).claimedScore(d("40"))
                .build(),
            IndicatorEntry.builder().indicatorCode("2").claimedScore(d("48")).build())
        .claimedTotal(d("88"))
        .build();
  }

  @Test
  void aRuleThatThrowsOnOneIndicatorLeavesTheRestScoredAndTheCardInError() {
    ScoreCard card = Scorer.using(RULES).score(evaluation(), book());

    // 40 × 95 ÷ 100 = 38.00; the failed indicator keeps its weight 60 and earns 0: 38.00 of 100
    IndicatorScore execution = card.indicator("1").orElseThrow();
    assertThat(execution.getStatus()).isEqualTo(ScoreStatus.SCORED);
    assertThat(execution.getPoints()).isEqualTo(d("38.00"));
    IndicatorScore failed = card.indicator("2").orElseThrow();
    assertThat(failed.getStatus()).isEqualTo(ScoreStatus.FAILED);
    assertThat(failed.getPoints()).isEqualByComparingTo("0");
    assertThat(failed.getWeight()).isEqualTo(d("60"));
    assertThat(failed.getRule().getType()).isEqualTo("user-throws");
    assertThat(failed.explain(Locale.ENGLISH)).startsWith("scoring rule 'user-throws' (")
        .contains("failed on indicator '2' (会议保障) with java.lang.IllegalStateException;")
        .doesNotContain("secret");
    assertThat(failed.explain(Locale.SIMPLIFIED_CHINESE)).startsWith("评分方法“user-throws”（")
        .contains("为指标“2”（会议保障）评分时出错（java.lang.IllegalStateException）")
        .doesNotContain("secret");
    assertThat(card.getTotal()).contains(d("38.00"));
    assertThat(card.getMaximum()).isEqualByComparingTo("100");
    assertThat(card.failures()).containsExactly(failed);
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE)).contains(
        "错误：评分方法 user-throws 为指标 2（会议保障）评分失败，该指标记为评分失败，60 分中得 0 分；总分不完整");
    assertThat(Message.label(ScoreStatus.FAILED).render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("评分失败");
    assertThat(Message.label(ScoreStatus.FAILED).render(Locale.ENGLISH)).isEqualTo("failed");
  }

  @Test
  void strictModeAbortsTheCardWithTheRuleNamed() {
    Scorer strict = Scorer.using(RULES).strict();

    assertThat(strict.failurePolicy()).isEqualTo(FailurePolicy.ABORT);
    assertThat(Scorer.using(RULES).failurePolicy()).isEqualTo(FailurePolicy.RECORD);
    assertThat(Scorer.using(RULES).withFailurePolicy(FailurePolicy.ABORT).failurePolicy())
        .isEqualTo(FailurePolicy.ABORT);
    assertThatThrownBy(() -> strict.score(evaluation(), book()))
        .isInstanceOfSatisfying(ScoringException.class, e -> {
          assertThat(e.ruleType()).contains("user-throws");
          assertThat(e.indicatorCode()).contains("2");
          assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
          assertThat(e.getMessage()).doesNotContain("secret");
        });
  }

  @Test
  void theChecksNameTheFailedRuleAndCompareNoClaimWithIt() {
    CheckReport report = Checks.standard().run(Checks.context(evaluation(), book(),
        Scorer.using(RULES)));

    // Compared, the claims 48 (indicator 2, rules 0) and 88 (total, rules 38.00) would be far
    // beyond the tolerance of 0.50; indicator 1 claims 40 against 38.00, and is reported.
    assertThat(report.findings("JX-301")).singleElement().satisfies(
        f -> assertThat(f.getPath()).isEqualTo("$.entries[0].claimedScore"));
    assertThat(report.findings("JX-302")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.entries[1]");
      assertThat(f.message(Locale.ENGLISH)).startsWith("'2 会议保障' could not be scored: its rule"
          + " user-throws failed (scoring rule 'user-throws' (").endsWith("its claim is not"
          + " compared");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).startsWith("指标“2 会议保障”无法评分：其评分方法"
          + " user-throws 出错（评分方法“user-throws”（");
    });
    assertThat(report.findings("JX-000")).isEmpty();
  }
}
