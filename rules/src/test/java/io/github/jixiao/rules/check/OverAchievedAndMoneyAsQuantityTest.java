package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static io.github.jixiao.rules.check.Fixture.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Direction;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Fixture.Draft;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Over-achievement (JX-209, the entry check of lifecycle.md §3: actual ≥ 1.2 × target on a ≥ or =
 * indicator, the ratio a rulebook setting) and the reviewers' standard 10 (JX-601: a 数量 indicator
 * measuring money spent), on the consistent fixture: 常委会会议次数 ≥ 6 at entries[2], 群众反映问题解决率
 * ≥ 90 at entries[3], 预算调整率 ≤ 10 at entries[1].
 */
class OverAchievedAndMoneyAsQuantityTest {

  @Test
  void sevenAndAHalfMeetingsAgainstSixIs125PercentAndFiresAtTheUsualRatio() {
    Draft draft = Fixture.consistent();
    draft.entries.set(2, Fixture.entry("2.1.1", "7.5", "25"));

    List<Finding> found = findings(draft.build(), "JX-209");

    // 7.5 ≥ 1.2 × 6 = 7.2; 7.5 ÷ 6 = 125.00 %
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getPath()).isEqualTo("$.entries[2].actual");
      assertThat(f.getExpected()).hasValue("< 1.2 × 6");
      assertThat(f.getActual()).hasValue("7.5");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("指标“2.1.1 常委会会议次数”完成值为 7.5，目标 ≥ 6，"
          + "完成 125.00%，达到目标的 1.2 倍以上：目标可能定得偏低，得分可适度调减；请说明超计划完成的原因或调整目标");
    });
  }

  @Test
  void aProvinceThatUsesOnePointThreeLetsThe125PercentPass() {
    Draft draft = Fixture.consistent();
    draft.entries.set(2, Fixture.entry("2.1.1", "7.5", "25"));
    Rulebook strict = Rulebooks.guangzhouDepartment2021().withOverAchievementRatio(d("1.3"));

    // 7.5 < 1.3 × 6 = 7.8: no finding; 7.8 exactly is one
    assertThat(findings(draft.build(), strict, "JX-209")).isEmpty();
    draft.entries.set(2, Fixture.entry("2.1.1", "7.8", "25"));
    assertThat(findings(draft.build(), strict, "JX-209")).singleElement()
        .satisfies(f -> assertThat(f.getExpected()).hasValue("< 1.3 × 6"));
  }

  @Test
  void twoHundredTwentyTwoPercentOfATargetIsShownSoAndJustBelowTheRatioIsNothing() {
    Draft draft = Fixture.consistent();
    // 199.8 ÷ 90 = 2.22: 222.00 %; 7.1 ÷ 6 = 118.33 % stays below 120 %
    draft.entries.set(3, Fixture.entry("2.1.2", "199.8", "25"));
    draft.entries.set(2, Fixture.entry("2.1.1", "7.1", "25"));

    assertThat(findings(draft.build(), "JX-209")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.entries[3].actual");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("'2.1.2 群众反映问题解决率' is 199.8 against a"
          + " target ≥ 90, 222.00% of it, at least 1.2 times the target: the target was probably"
          + " set too low and the score may be reduced; explain the over-achievement or revise"
          + " the target");
    });
  }

  @Test
  void aReverseIndicatorFarAboveItsLimitIsNoOverAchievement() {
    Draft draft = Fixture.consistent();
    // 预算调整率 ≤ 10 at 24: 2.4 × its limit, a miss (JX-406's), never an over-achievement
    draft.entries.set(1, Fixture.entry("1.1.2", "24", "0"));

    assertThat(findings(draft.build(), "JX-209")).isEmpty();
    assertThat(findings(Fixture.consistent().build(), "JX-209")).isEmpty();
  }

  @Test
  void aQuantityIndicatorOfMoneyPaidScoresZeroOnReview() {
    Draft draft = Fixture.consistent();
    draft.indicators.set(5, Fixture.group("2.1", "数量指标", 2, "2", "50"));
    draft.indicators.set(7, Fixture.quantitative("2.1.2", "资金支付率", "2.1", "25",
        Direction.AT_LEAST, "90", null));

    List<Finding> found = findings(draft.build(), "JX-601");

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getPath()).isEqualTo("$.indicators[7].name");
      assertThat(f.getExpected()).hasValue("0");
      assertThat(f.getActual()).hasValue("资金");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("指标“2.1.2 资金支付率”为数量指标，衡量的却是资金的"
          + "支付或执行（“资金”）：按复核标准第 10 条复核得 0 分；资金执行由预算执行率反映，此处应填写项目的产出");
    });
  }

  @Test
  void aQuantityOfMeetingsAndTheExecutionLineItselfAreNotMoneyAsQuantity() {
    Draft draft = Fixture.consistent();
    // 常委会会议次数 under 数量指标 is an output; 预算完成率 has the execution-rate formula
    draft.indicators.set(5, Fixture.group("2.1", "数量指标", 2, "2", "50"));
    draft.indicators.set(1, Fixture.group("1.1", "数量指标", 2, "1", "20"));

    assertThat(findings(draft.build(), "JX-601")).isEmpty();
    assertThat(findings(Fixture.consistent().build(), "JX-601")).isEmpty();
  }
}
