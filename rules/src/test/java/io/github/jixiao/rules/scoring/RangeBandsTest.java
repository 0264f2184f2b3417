package io.github.jixiao.rules.scoring;

import static io.github.jixiao.rules.scoring.RuleHarness.chosen;
import static io.github.jixiao.rules.scoring.RuleHarness.rounded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.spi.RuleOutcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Range bands on a completion rate (分档区间, issue 14), the research-project form of rulebooks.md:
 * 全部完成 60; 完成 80 % 以上 41–59; 完成 60 % 及以上 21–40; 完成 60 % 以下 0–20. 全部完成 is exactly 100 %;
 * the table sets "以上" against "及以上", so 80 % itself is read as in the 60 % 及以上 band (a
 * reading, not printed). Inside a band the assessor picks; a claim outside it is refused.
 */
class RangeBandsTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** The published table, in ascending order of the rate. */
  static final RuleSpec RESEARCH = BuiltInRules.rangeBands(
      Band.range(d("0"), d("60"), d("0"), d("20")),
      Band.builder().from(d("60")).to(d("80")).toInclusive(true).points(d("21"))
          .pointsTo(d("40")).build(),
      Band.builder().from(d("80")).fromInclusive(false).to(d("100")).points(d("41"))
          .pointsTo(d("59")).build(),
      Band.exactly(d("100"), d("60")));

  private static String en(RuleOutcome outcome) {
    return outcome.explanation().render(Locale.ENGLISH);
  }

  private static String zh(RuleOutcome outcome) {
    return outcome.explanation().render(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void allCompletedIsExactlyOneHundredPercentAndEarnsSixty() {
    RuleOutcome all = chosen(RESEARCH, "60", "100", null);
    assertThat(all.status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(rounded(all)).isEqualTo(d("60.00"));
    assertThat(zh(all)).isEqualTo("研究任务完成率 100.00% 属于档次 [100, 100]，得分区间 60.00–60.00，"
        + "未填自评分，按区间下限计 60.00");
    // 99.99 % is not 全部完成: the band (80, 100).
    assertThat(rounded(chosen(RESEARCH, "60", "99.99", null))).isEqualTo(d("41.00"));
  }

  @Test
  void insideItsBandTheUnitsPointsAreTakenAndOutsideItTheBandsLowerEnd() {
    RuleOutcome taken = chosen(RESEARCH, "60", "85", "50");
    assertThat(taken.status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(rounded(taken)).isEqualTo(d("50.00"));
    assertThat(en(taken)).isEqualTo("研究任务完成率 85.00% lies in the band (80, 100), which gives"
        + " 41.00–59.00 points: the unit's 50.00 points are accepted");

    RuleOutcome refused = chosen(RESEARCH, "60", "85", "60");
    assertThat(refused.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(rounded(refused)).isEqualTo(d("41.00"));
    assertThat(en(refused)).isEqualTo("研究任务完成率 85.00% lies in the band (80, 100), which"
        + " gives 41.00–59.00 points: the unit's 60 points lie outside that range and are"
        + " refused; scored at the range's lower end, 41.00");
    assertThat(zh(refused)).isEqualTo("研究任务完成率 85.00% 属于档次 (80, 100)，得分区间 41.00–59.00："
        + "自评分 60 不在区间内，不予采用，按区间下限计 41.00");

    RuleOutcome nothing = chosen(RESEARCH, "60", "59.9", null);
    assertThat(nothing.status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(rounded(nothing)).isEqualTo(d("0.00"));
    assertThat(en(nothing)).isEqualTo("研究任务完成率 59.90% lies in the band [0, 60), which gives"
        + " 0.00–20.00 points: no points chosen, scored at the range's lower end, 0.00");
  }

  @Test
  void theBandsEndsAreBothTheAssessorsToPick() {
    assertThat(chosen(RESEARCH, "60", "85", "41").status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(chosen(RESEARCH, "60", "85", "59").status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(chosen(RESEARCH, "60", "85", "59.01").status()).isEqualTo(ScoreStatus.REFUSED);
    // 80 % exactly: 60 % 及以上, 21–40.
    assertThat(chosen(RESEARCH, "60", "80", "40").status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(chosen(RESEARCH, "60", "80", "41").status()).isEqualTo(ScoreStatus.REFUSED);
    RuleSpec upper = RuleSpec.builder().from(RESEARCH).putOption(BuiltInRules.PICK, "upper")
        .build();
    assertThat(rounded(chosen(upper, "60", "85", null))).isEqualTo(d("59.00"));
    assertThat(rounded(chosen(upper, "60", "85", "60"))).isEqualTo(d("59.00"));
  }

  @Test
  void aRateInNoBandIsRefusedWithNothing() {
    RuleOutcome above = chosen(RESEARCH, "60", "105", "60");
    assertThat(above.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(above.points()).isZero();
    assertThat(en(above)).isEqualTo("研究任务完成率 105.00% lies in no band of the table; 0 points"
        + " — complete the band table");
  }

  @Test
  void aRangesTopAboveTheWeightIsScoredAtMostTheWeight() {
    RuleOutcome capped = chosen(RuleSpec.builder().from(RESEARCH).putOption(BuiltInRules.PICK,
        "upper").build(), "50", "85", null);
    assertThat(capped.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(rounded(capped)).isEqualTo(d("50.00"));
    assertThat(en(capped)).isEqualTo("研究任务完成率 85.00% lies in the band (80, 100), whose"
        + " points 41.00–59.00 exceed the weight 50; scored at 50.00");
  }

  @Test
  void aBandsRangeIsCheckedAgainstItselfTheWeightAndTheRuleThatReadsIt() {
    assertThatThrownBy(() -> Band.range(d("80"), d("100"), d("41"), d("39")))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> {
              assertThat(v.path()).isEqualTo("$.pointsTo");
              assertThat(v.message(Locale.ENGLISH))
                  .isEqualTo("a range band's highest points 39 are below its lowest 41");
              assertThat(v.message(Locale.CHINESE)).isEqualTo("档次得分区间的上限 39 低于下限 41");
            }));

    assertThat(verify(RESEARCH, "60")).isEmpty();
    RuleSpec tooHigh = BuiltInRules.rangeBands(Band.range(d("0"), d("100"), d("50"), d("70")),
        Band.exactly(d("100"), d("60")));
    assertThat(verify(tooHigh, "60")).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.indicators[0].rule.bands[0].pointsTo");
      assertThat(v.message().render(Locale.ENGLISH)).isEqualTo("the rule 'range-bands' of"
          + " indicator '1' (研究任务完成率): a band's highest points 70 exceed the weight 60");
    });
    assertThat(verify(BuiltInRules.rangeBands(), "60")).extracting(Violation::path)
        .containsExactly("$.indicators[0].rule.bands");

    RuleSpec fixed = BuiltInRules.bands(RESEARCH.getBands().toArray(Band[]::new));
    List<Violation> problems = verify(fixed, "60");
    assertThat(problems).extracting(Violation::path).containsExactly(
        "$.indicators[0].rule.bands[0].pointsTo", "$.indicators[0].rule.bands[1].pointsTo",
        "$.indicators[0].rule.bands[2].pointsTo");
    assertThat(problems.get(0).message().render(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "指标“1”（研究任务完成率）的评分方法“bands”：分档计分的档次得分是固定的；可在其中选取的得分区间只用于"
            + "“range-bands”规则：请删除，或改用该规则");
  }

  /** {@code spec} on one indicator of {@code weight}, the rest of 100 on a second. */
  private static List<Violation> verify(RuleSpec spec, String weight) {
    BigDecimal rest = d("100").subtract(d(weight));
    Rulebook.Builder book = Rulebook.builder().id("research").title("科研项目").source("test")
        .provenance(Provenance.confirmed("test"))
        .addIndicator(RulebookIndicator.builder().code("1").name("研究任务完成率").level(1)
            .weight(d(weight)).rule(spec).build());
    if (rest.signum() > 0) {
      book.addIndicator(RulebookIndicator.builder().code("2").name("其他").level(1).weight(rest)
          .rule(BuiltInRules.deductionPerFinding()).build());
    }
    return Scorer.standard().verify(book.build());
  }
}
