package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.rulebook.ExecutionBase;
import io.github.jixiao.rules.rulebook.ExecutionSettings;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The checks read a rulebook's settings as the scorer does (issue 14): an uncapped execution
 * line may be claimed above its weight, a 扣减分数 column counts in the claimed total and against
 * the weight, and the execution rate is measured against the rulebook's base.
 */
class SettingsChecksTest {

  private static final Rulebook GUANGZHOU = Rulebooks.guangzhouDepartment2021();

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /** The Baiyun seed with 3135.00 executed of 3000.00 (104.5 %), claiming {@code execution}. */
  private static SelfEvaluation overExecuted(String execution) {
    return BaiyunFixture.evaluation(Budget.builder().fullYear(d("3000.00"))
        .executed(d("3135.00")).build())
        .withEntry("2.1.1", e -> e.withClaimedScore(d(execution)));
  }

  @Test
  void anUncappedExecutionLineMayBeClaimedUpToWeightTimesRate() {
    Rulebook uncapped = GUANGZHOU.withExecution(ExecutionSettings.builder().capped(false).build());

    // 10 × 104.5 % = 10.45: the scorer's points, so a claim of 10.45 is in range; 10.50 is not.
    assertThat(Checks.standard().run(overExecuted("10.45"), uncapped).findings("JX-201"))
        .isEmpty();
    assertThat(Checks.standard().run(overExecuted("10.50"), uncapped).findings("JX-201"))
        .singleElement().satisfies(f -> {
          assertThat(f.getPath()).isEqualTo("$.entries[2].claimedScore");
          assertThat(f.getExpected()).hasValue("10.45");
        });
    // Capped (the default), 10.45 is above the weight 10.
    assertThat(Checks.standard().run(overExecuted("10.45"), GUANGZHOU).findings("JX-201"))
        .singleElement().satisfies(f -> assertThat(f.getExpected()).hasValue("10"));
  }

  @Test
  void aDeductionsColumnCountsInTheClaimedTotalAndAgainstTheWeight() {
    Rulebook column = GUANGZHOU.withDeductionsColumn(true);
    // The claims add up to 94 (25 + 22 + 9 + 5 + 3 + 6 × 5), the claimed total. 2.2 claims 6
    // with a 扣减分数 of 1: net 5, so the claims give 93 where the column is taken.
    SelfEvaluation oneOff = BaiyunFixture.evaluation()
        .withEntry("2.2", e -> e.withDeduction(d("1")));
    assertThat(Checks.standard().run(oneOff, GUANGZHOU).findings("JX-206")).isEmpty();
    assertThat(Checks.standard().run(oneOff, column).findings("JX-206")).singleElement()
        .satisfies(f -> {
          assertThat(f.getExpected()).hasValue("93");
          assertThat(f.getActual()).hasValue("94");
        });

    // A 扣减分数 of 7 on 2.2 (weight 6) takes more than its weight.
    SelfEvaluation sevenOff = BaiyunFixture.evaluation()
        .withEntry("2.2", e -> e.withDeduction(d("7")));
    assertThat(Checks.standard().run(sevenOff, column).findings("JX-202")).singleElement()
        .satisfies(f -> {
          assertThat(f.getPath()).isEqualTo("$.entries[5].deduction");
          assertThat(f.getExpected()).hasValue("6");
          assertThat(f.getActual()).hasValue("7");
        });
    assertThat(Checks.standard().run(sevenOff, GUANGZHOU).findings("JX-202")).isEmpty();
  }

  @Test
  void theExecutionRateIsMeasuredAgainstTheRulebooksBase() {
    // 3212.37 executed of 3306.19 is 97.16 %; with 100.00 carried over, 3212.37 ÷ 3406.19 =
    // 94.31 %; against 3250.00 in place, 98.84 %.
    SelfEvaluation seed = SelfEvaluation.builder().from(BaiyunFixture.evaluation())
        .budget(Budget.builder().fullYear(d("3306.19")).executed(d("3212.37"))
            .carryOver(CarryOver.builder().atStart(d("100.00")).atEnd(d("0")).build())
            .fundsInPlace(d("3250.00")).build())
        .build();
    assertThat(rate(seed, GUANGZHOU)).isEqualTo("97.16");
    assertThat(rate(seed, GUANGZHOU.withExecution(ExecutionSettings.builder()
        .base(ExecutionBase.FULL_YEAR_WITH_CARRY_OVER).build()))).isEqualTo("94.31");
    assertThat(rate(seed, GUANGZHOU.withExecution(ExecutionSettings.builder()
        .base(ExecutionBase.FUNDS_IN_PLACE).build()))).isEqualTo("98.84");
  }

  private static String rate(SelfEvaluation evaluation, Rulebook rulebook) {
    CheckContext context = Checks.context(evaluation, rulebook);
    return context.executionRate(2).orElseThrow().value().toPlainString();
  }
}
