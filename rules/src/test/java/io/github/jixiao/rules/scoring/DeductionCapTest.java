package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.rules.result.ScoreCard;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Grade;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A deduction is taken off, never added (issue 11, D6: a cap of −1 once turned −2 into +1). */
class DeductionCapTest {

  @Test
  void aTwoPointDeductionOnBudgetCompletionLowersTheTotalTo87_72() {
    ScoreCard card = Scorer.standard().score(BaiyunFixture.asEncoded(Deduction.builder()
        .indicatorCode("2.1.1").points(new BigDecimal("2")).reason("x").build()),
        Rulebooks.guangzhouDepartment2021());

    // 10 × 3212.37 ÷ 3306.19 = 9.7162… − 2 = 7.7162… → 7.72
    assertThat(card.indicator("2.1.1").orElseThrow().getPoints()).isEqualByComparingTo("7.72");
    // 1.1 25 + 1.2 20 (达成, lower end) + 2.1.1 7.72 + 2.1.2 0 (no figures) + 2.1.3 5 + 5 × 6
    assertThat(card.getTotal()).contains(new BigDecimal("87.72"));
    assertThat(card.getGrade()).contains(Grade.GOOD);
  }
}
