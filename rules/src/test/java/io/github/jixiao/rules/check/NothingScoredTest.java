package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A card on which nothing could be scored has no total and no grade (issue 14: it showed
 * {@code 总分 0.00 等级 差}, and JX-301 then accused the unit's claim of differing from 0.00).
 */
class NothingScoredTest {

  /**
   * A project table with only 预算执行率, whose budget is 0: the rate's denominator is zero, so the
   * line does not apply; 产出, 效益 and 满意度 have no indicator. The unit claims 80, 良.
   */
  private static SelfEvaluation nothingToScore() {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021)
        .department(BaiyunFixture.department())
        .budget(Budget.builder().fullYear(BigDecimal.ZERO).executed(BigDecimal.ZERO).build())
        .addIndicators(Indicator.builder().code("01").name("预算执行率").level(1)
            .weight(BigDecimal.TEN).kind(IndicatorKind.QUANTITATIVE)
            .direction(Direction.AT_LEAST).target(new BigDecimal("100")).unit("%").build())
        .claimedTotal(new BigDecimal("80")).claimedGrade(Grade.GOOD)
        .build();
  }

  @Test
  void withNothingScoredTheCardHasNoTotalNoGradeAndSaysWhy() {
    ScoreCard card = Scorer.standard().score(nothingToScore(), Rulebooks.mofProject2020());

    assertThat(card.indicator("1").orElseThrow().getStatus())
        .isEqualTo(ScoreStatus.NOT_APPLICABLE);
    assertThat(card.getTotal()).isEmpty();
    assertThat(card.getGrade()).isEmpty();
    assertThat(card.getDifference()).isEmpty();
    assertThat(card.getClaimedTotal()).contains(new BigDecimal("80"));
    assertThat(card.getNotes()).last().satisfies(note -> {
      assertThat(note.getKey()).isEqualTo("note.nothing-scored");
      assertThat(note.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("按 mof-project-2020 没有可评分的"
          + "指标：没有一项按其数据得分（1 项不适用、缺少数据或评分失败），故无总分、无等级");
    });
  }

  @Test
  void withNothingScoredTheClaimIsNotComparedAndAFindingSaysWhy() {
    CheckReport report = Checks.standard().run(nothingToScore(), Rulebooks.mofProject2020());

    assertThat(report.findings("JX-301")).isEmpty();
    assertThat(report.findings("JX-302")).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(f.getPath()).isEqualTo("$.indicators");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("no indicator could be scored from its"
          + " inputs under mof-project-2020 (of 1 on the card, none was scored): there is no total"
          + " and no grade, and the claimed total and grade are not compared");
    });
  }

  @Test
  void withEveryLineMissingItsDataNoClaimIsComparedEither() {
    // 预算执行率 does not apply (budget 0) and 会议保障质量 claims 40 without a level: missing
    // input, 0 points. Nothing was scored from its inputs, so the 40 is not compared with 0.00.
    SelfEvaluation evaluation = SelfEvaluation.builder().from(nothingToScore())
        .addIndicators(
            Indicator.builder().code("02").name("产出指标").level(1).weight(new BigDecimal("50"))
                .kind(IndicatorKind.QUALITATIVE).build(),
            Indicator.builder().code("02.1").name("会议保障质量").level(2).parentCode("02")
                .weight(new BigDecimal("50")).kind(IndicatorKind.QUALITATIVE).build())
        .addEntries(io.github.jixiao.core.IndicatorEntry.builder().indicatorCode("02.1")
            .claimedScore(new BigDecimal("40")).build())
        .build();

    ScoreCard card = Scorer.standard().score(evaluation, Rulebooks.mofProject2020());
    assertThat(card.indicator("02.1").orElseThrow().getStatus())
        .isEqualTo(ScoreStatus.MISSING_INPUT);
    assertThat(card.getTotal()).isEmpty();
    CheckReport report = Checks.standard().run(evaluation, Rulebooks.mofProject2020());
    assertThat(report.findings("JX-301")).isEmpty();
    assertThat(report.findings("JX-302")).hasSize(1);
  }

  @Test
  void oneIndicatorScoredIsEnoughForATotalAndExactlyOneGrade() {
    SelfEvaluation executed = SelfEvaluation.builder().from(nothingToScore())
        .budget(Budget.builder().fullYear(new BigDecimal("200")).executed(new BigDecimal("190"))
            .build())
        .build();
    ScoreCard card = Scorer.standard().score(executed, Rulebooks.mofProject2020());

    // 10 × 190 ÷ 200 = 9.50 of the 10 applicable points, rescaled to 100: 95.00, 优.
    assertThat(card.getTotal()).contains(new BigDecimal("95.00"));
    assertThat(card.getGrade()).contains(Grade.EXCELLENT);
    assertThat(card.getDifference()).contains(new BigDecimal("15.00"));
  }
}
