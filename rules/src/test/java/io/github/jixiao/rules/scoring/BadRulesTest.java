package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Misbehaving user rules (issue 11, D11): each gives a clear outcome naming the rule and the
 * indicator, never a hang or an escape.
 */
class BadRulesTest {

  private static final Duration GUARD = Duration.ofSeconds(2);

  private static Message why(RuleInput in) {
    return Message.custom("bad", "{name}", "{name}", Argument.text("name",
        in.getIndicatorName()));
  }

  /** The rules of the reproducer's BadRules, under the same ids. */
  static final ScoringRules RULES = ScoringRules.builder().withBuiltIns()
      .register(ScoringRule.of("bad-throws", in -> {
        throw new IllegalStateException("boom from a user rule");
      }))
      .register(ScoringRule.of("bad-above",
          in -> RuleOutcome.scored(in.getWeight().add(BigDecimal.ONE), why(in))))
      .register(ScoringRule.of("bad-null", in -> null))
      .register(new ScoringRule() {
        @Override
        public String type() {
          return "bad-stackoverflow";
        }

        @Override
        public RuleOutcome score(RuleInput in) {
          return score(in);
        }
      })
      .register(ScoringRule.of("bad-null-explanation",
          in -> RuleOutcome.scored(in.getWeight(), null)))
      .register(ScoringRule.of("bad-template", in -> RuleOutcome.scored(in.getWeight(),
          Message.custom(
          "bad-template", "{nope} {name", "{nope} {name", Argument.text("name", "x")))))
      .register(ScoringRule.of("unknown-placeholder", in -> RuleOutcome.scored(in.getWeight(),
          Message.custom("unknown-placeholder", "{nope} {name}", "{nope} {name}",
              Argument.text("name", "x")))))
      .register(ScoringRule.of("bad-scale", in -> RuleOutcome.scored(new BigDecimal(
          BigInteger.ONE,
          300_000_000), why(in))))
      .register(ScoringRule.of("bad-negative-scale", in -> RuleOutcome.scored(new BigDecimal(
          BigInteger.ZERO,
          -300_000_000), why(in))))
      .register(ScoringRule.of("bad-precision", in -> RuleOutcome.scored(in.getWeight().subtract(
          new BigDecimal("1e-40")), why(in))))
      .register(ScoringRule.of("bad-sleeps", in -> {
        try {
          Thread.sleep(1100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return RuleOutcome.scored(in.getWeight(), why(in));
      }))
      .build();

  static Rulebook naming(String type) {
    return Rulebook.builder().id("bad-" + type).title("坏规则").source("test")
        .provenance(Provenance.confirmed("test"))
        .addIndicators(RulebookIndicator.builder().code("X").name("坏指标").level(1)
            .weight(new BigDecimal("100")).rule(RuleSpec.of(type)).build())
        .build();
  }

  private static ScoreCard score(String type) {
    SelfEvaluation evaluation = BaiyunFixture.asEncoded();
    return assertTimeoutPreemptively(GUARD, () -> Scorer.using(RULES).score(evaluation,
        naming(type)));
  }

  /** In strict mode ({@link Scorer#strict()}), as every bad rule was reported before issue 14. */
  private static ScoreCard scoreStrictly(String type) {
    SelfEvaluation evaluation = BaiyunFixture.asEncoded();
    return assertTimeoutPreemptively(GUARD, () -> Scorer.using(RULES).strict().score(evaluation,
        naming(type)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bad-throws           | failed on indicator 'X' (坏指标) with java.lang.IllegalStateException;",
      "bad-above            | gave 101 points for indicator 'X' of weight 100",
      "bad-null             | returned no outcome for indicator 'X'",
      "bad-stackoverflow    | failed on indicator 'X' (坏指标) with java.lang.StackOverflowError;",
      "bad-null-explanation | failed on indicator 'X' (坏指标) with java.lang.NullPointerException;",
      "bad-template         | failed on indicator 'X' (坏指标) with",
      "bad-scale            | with 1 digits and scale 300000000; a rule's points may have at most"
          + " 40 digits and 22 decimals",
      "bad-negative-scale   | with 1 digits and scale -300000000",
      "bad-precision        | with 42 digits and scale 40",
  })
  void aMisbehavingRuleIsReportedByNameAndIndicator(String type, String message) {
    assertThatThrownBy(() -> scoreStrictly(type)).isInstanceOfSatisfying(ScoringException.class, e -> {
      assertThat(e.ruleType()).contains(type);
      assertThat(e.indicatorCode()).contains("X");
      assertThat(e.getMessage()).startsWith("scoring rule '" + type + "'").contains(message);
      assertThat(e.getMessage().length()).isLessThan(600);
      assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).startsWith("评分方法“" + type + "”")
          .contains("指标“X”").hasSizeLessThan(600);
    });
  }

  /** By default (issue 14) the same misbehaviour marks the indicator FAILED with the same words. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bad-throws           | failed on indicator 'X' (坏指标) with java.lang.IllegalStateException;",
      "bad-above            | gave 101 points for indicator 'X' of weight 100",
      "bad-null             | returned no outcome for indicator 'X'",
      "bad-stackoverflow    | failed on indicator 'X' (坏指标) with java.lang.StackOverflowError;",
      "bad-null-explanation | failed on indicator 'X' (坏指标) with java.lang.NullPointerException;",
      "bad-scale            | with 1 digits and scale 300000000",
      "bad-precision        | with 42 digits and scale 40",
  })
  void byDefaultAMisbehavingRuleMarksItsIndicatorFailedByNameAndIndicator(String type,
      String message) {
    ScoreCard card = score(type);

    IndicatorScore x = card.indicator("X").orElseThrow();
    assertThat(x.getStatus()).isEqualTo(io.github.jixiao.rules.result.ScoreStatus.FAILED);
    assertThat(x.getPoints()).isEqualByComparingTo("0");
    assertThat(x.getWeight()).isEqualByComparingTo("100");
    assertThat(x.explain(Locale.ENGLISH)).startsWith("scoring rule '" + type + "'")
        .contains(message).doesNotContain("boom");
    assertThat(card.failures()).containsExactly(x);
    assertThat(card.getNotes()).filteredOn(n -> n.getKey().equals("note.rule-failed"))
        .singleElement().satisfies(n -> {
          assertThat(n.render(Locale.ENGLISH)).isEqualTo("error: scoring rule " + type
              + " failed on indicator X (坏指标), which is marked failed with 0 of its 100"
              + " points; the total is incomplete");
          assertThat(n.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("错误：评分方法 " + type
              + " 为指标 X（坏指标）评分失败，该指标记为评分失败，100 分中得 0 分；总分不完整");
        });
  }

  @Test
  void aRuleThatThrowsKeepsWhatItThrewAsTheCauseNotInTheMessage() {
    assertThatThrownBy(() -> scoreStrictly("bad-throws")).isInstanceOfSatisfying(ScoringException.class,
        e -> {
          assertThat(e.getMessage()).doesNotContain("boom");
          assertThat(e.getCause()).isInstanceOf(IllegalStateException.class)
              .hasMessage("boom from a user rule");
        });
    // A template that does not compile is refused when the rule makes its message.
    assertThatThrownBy(() -> scoreStrictly("bad-template")).isInstanceOfSatisfying(
        ScoringException.class, e -> assertThat(e.getCause())
            .isInstanceOf(IllegalArgumentException.class));
  }

  @Test
  void anUnknownPlaceholderScoresAndRendersAsIs() {
    IndicatorScore x = score("unknown-placeholder").indicator("X").orElseThrow();
    assertThat(x.getPoints()).isEqualByComparingTo("100");
    String shown = assertTimeoutPreemptively(GUARD, () -> x.explain(Locale.ENGLISH));
    assertThat(shown).isEqualTo("{nope} x");
  }

  @Test
  void anExplanationWithAnAbsurdNumberRendersItByItsOrderAtOnce() {
    // 10^300000000: written out, three hundred million digits
    Message why = Message.custom("huge", "{n} 分", "{n} points",
        Argument.number("n", new BigDecimal(BigInteger.ONE, -300_000_000)));
    assertThat(assertTimeoutPreemptively(GUARD, () -> why.render(Locale.ENGLISH)))
        .isEqualTo("~1E+300000000 points");
  }

  @Test
  void pointsOfMillionsOfDigitsAreRefusedWithoutCountingThem() {
    // 2^20000000 − 1 at scale 6 000 000: about six million digits, within no weight
    BigDecimal huge = new BigDecimal(BigInteger.ONE.shiftLeft(20_000_000)
        .subtract(BigInteger.ONE), 6_000_000);
    ScoringRules rules = ScoringRules.builder().withBuiltIns()
        .register(ScoringRule.of("bad-huge", in -> RuleOutcome.scored(huge, why(in)))).build();
    ScoringException e = assertTimeoutPreemptively(GUARD, () -> org.junit.jupiter.api.Assertions
        .assertThrows(ScoringException.class,
            () -> Scorer.using(rules).strict().score(BaiyunFixture.asEncoded(),
                naming("bad-huge"))));
    assertThat(e.getMessage()).contains("with >40 digits").hasSizeLessThan(1000);
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("精度 >40").hasSizeLessThan(1000);
  }

  @Test
  void aSlowRuleIsNotedOnTheCardByName() {
    ScoreCard card = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        Scorer.using(RULES).score(BaiyunFixture.asEncoded(), naming("bad-sleeps")));
    assertThat(card.getTotal().orElseThrow()).isEqualByComparingTo("100");
    assertThat(card.getNotes()).filteredOn(n -> n.getKey().equals("note.slow-rule"))
        .singleElement().satisfies(n -> {
          assertThat(n.render(Locale.ENGLISH)).startsWith("scoring rule bad-sleeps took ")
              .contains(" ms on indicator X, more than 1000 ms");
          assertThat(n.render(Locale.SIMPLIFIED_CHINESE)).startsWith("评分方法 bad-sleeps 为指标 X");
        });
  }
}
