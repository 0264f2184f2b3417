package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Grade;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.summary.BatchSummary;
import io.github.jixiao.rules.summary.BinCount;
import io.github.jixiao.rules.summary.CodeCount;
import io.github.jixiao.rules.summary.GradeCount;
import io.github.jixiao.rules.summary.RateBin;
import io.github.jixiao.rules.summary.SummaryUnit;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch summary's model (批量汇总模型) over the four evaluations of {@link SummaryBatch}, fed
 * one at a time as {@code jixiao summary} feeds it: every figure as worked out there by hand.
 */
class BatchSummaryTest {

  @TempDir
  Path dir;

  static BatchSummary summarise(List<Path> files) {
    BatchSummary.Builder summary = BatchSummary.builder();
    for (Path file : files) {
      SelfEvaluation evaluation = JixiaoJson.standard().readEvaluation(file);
      Rulebook rules = Rulebooks.forEvaluation(evaluation).rulebook();
      ScoreCard card = Scorer.standard().score(evaluation, rules);
      CheckReport checks = Checks.standard().run(CheckContext.of(evaluation, rules, card));
      summary.add(file.getFileName().toString(), evaluation, card, checks);
    }
    return summary.build();
  }

  @Test
  void eachUnitHasItsClaimsTheRulesScoresAndItsExecutionRate() throws Exception {
    BatchSummary s = summarise(SummaryBatch.write(dir));

    List<SummaryUnit> units = s.units();
    assertThat(units).extracting(SummaryUnit::file)
        .containsExactly("a.json", "b.json", "c.json", "d.json");
    assertThat(units).extracting(SummaryUnit::departmentCode)
        .containsExactly("T-1", "T-2", "baiyun-rd-sc-office", "B-2");
    assertThat(units.get(1).departmentName()).isEqualTo(SummaryBatch.HOSTILE);
    assertThat(units).extracting(u -> u.computedTotal().orElseThrow()).containsExactly(
        new BigDecimal("81.94"), new BigDecimal("85.44"), new BigDecimal("89.72"),
        new BigDecimal("89.72"));
    assertThat(units).extracting(u -> u.claimedTotal().orElseThrow()).containsExactly(
        new BigDecimal("86.44"), new BigDecimal("95.44"), new BigDecimal("94"),
        new BigDecimal("80"));
    assertThat(units).extracting(SummaryUnit::claimedGrade).containsExactly(Optional.empty(),
        Optional.of(Grade.EXCELLENT), Optional.empty(), Optional.of(Grade.GOOD));
    assertThat(units).extracting(u -> u.computedGrade().orElseThrow()).containsOnly(Grade.GOOD);
    assertThat(units).extracting(u -> u.executionRate().orElseThrow()).containsExactly(
        new BigDecimal("55.00"), new BigDecimal("90.00"), new BigDecimal("97.16"),
        new BigDecimal("97.16"));
    assertThat(units.get(2).errors()).isEqualTo(2);
    assertThat(units.get(2).warnings()).isEqualTo(2);
  }

  @Test
  void unitsAreRankedByExactInflation() throws Exception {
    BatchSummary s = summarise(SummaryBatch.write(dir));

    assertThat(s.byInflation()).extracting(SummaryUnit::departmentCode)
        .containsExactly("T-2", "T-1", "baiyun-rd-sc-office", "B-2");
    assertThat(s.byInflation()).extracting(u -> u.inflation().orElseThrow().toPlainString())
        .containsExactly("10.00", "4.50", "4.28", "-9.72");
    assertThat(s.meanClaimed()).contains(new BigDecimal("88.97"));
    assertThat(s.meanComputed()).contains(new BigDecimal("86.71"));
    assertThat(s.meanInflation()).contains(new BigDecimal("2.27"));
  }

  @Test
  void gradesAreCountedClaimedAgainstComputed() throws Exception {
    BatchSummary s = summarise(SummaryBatch.write(dir));

    assertThat(s.grades()).containsExactly(new GradeCount(Grade.EXCELLENT, 1, 0),
        new GradeCount(Grade.GOOD, 1, 4), new GradeCount(Grade.FAIR, 0, 0),
        new GradeCount(Grade.POOR, 0, 0));
    assertThat(s.withoutClaimedGrade()).isEqualTo(2);
    assertThat(s.withoutComputedGrade()).isZero();
  }

  @Test
  void executionRatesFallInFixedBins() throws Exception {
    BatchSummary s = summarise(SummaryBatch.write(dir));

    assertThat(s.executionRates()).containsExactly(new BinCount(RateBin.BELOW_60, 1),
        new BinCount(RateBin.FROM_60, 0), new BinCount(RateBin.FROM_70, 0),
        new BinCount(RateBin.FROM_80, 0), new BinCount(RateBin.FROM_90, 3),
        new BinCount(RateBin.FROM_100, 0));
    assertThat(s.withoutExecutionRate()).isZero();
    assertThat(RateBin.FROM_90.label()).isEqualTo("90–100");
    assertThat(RateBin.BELOW_60.label()).isEqualTo("<60");
    assertThat(RateBin.FROM_100.label()).isEqualTo("≥100");
  }

  @Test
  void findingsAreCountedByCodeMostFirst() throws Exception {
    BatchSummary s = summarise(SummaryBatch.write(dir));

    CodeCount first = s.findingsByCode().get(0);
    // 18 duties without a task in each of the two Baiyun copies
    assertThat(first.code()).isEqualTo("JX-502");
    assertThat(first.findings()).isEqualTo(36);
    assertThat(first.units()).isEqualTo(2);
    CodeCount sum = s.findingsByCode().stream().filter(c -> c.code().equals("JX-206"))
        .findFirst().orElseThrow();
    assertThat(sum.findings()).isEqualTo(1);
    assertThat(sum.units()).isEqualTo(1);
    assertThat(sum.description().render(java.util.Locale.ENGLISH))
        .isEqualTo("the claimed total differs from the sum of the claimed indicator scores");
    CodeCount narrative = s.findingsByCode().stream().filter(c -> c.code().equals("JX-401"))
        .findFirst().orElseThrow();
    assertThat(narrative.findings()).isEqualTo(4);
    assertThat(narrative.units()).isEqualTo(2);
  }

  @Test
  void aRateIsBinnedByItsExactValue() {
    // 59.996 % is shown as 60.00 but is below 60
    assertThat(RateBin.of(new BigDecimal("59.996"), new BigDecimal("100")))
        .isEqualTo(RateBin.BELOW_60);
    assertThat(RateBin.of(new BigDecimal("60"), new BigDecimal("100")))
        .isEqualTo(RateBin.FROM_60);
    assertThat(RateBin.of(new BigDecimal("100"), new BigDecimal("100")))
        .isEqualTo(RateBin.FROM_100);
  }
}
