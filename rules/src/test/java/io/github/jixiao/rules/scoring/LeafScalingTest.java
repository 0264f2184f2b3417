package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The largest-remainder split of a scaled open group's leaves (权重折算), as a pure function: the
 * scaled weights always add up to the raised weight exactly.
 */
class LeafScalingTest {

  @Test
  void outputRaisedBySatisfactionsShareSplitsExactly() {
    // 产出 50 receives 6.25 of 满意度's 10 (10 × 50 ÷ 80): 20, 20, 10 become 22.5, 22.5, 11.25.
    BigDecimal[] split = LeafScaling.split(leaves("20", "20", "10"), new BigDecimal("56.25"),
        new BigDecimal("50"), 2);
    assertThat(split).containsExactly(new BigDecimal("22.50"), new BigDecimal("22.50"),
        new BigDecimal("11.25"));
  }

  @Test
  void equalLeavesGiveTheLeftoverCentToTheFirst() {
    // 效益 30 raised to 33.75: each 15 becomes 16.875; the cent left goes to the first leaf.
    BigDecimal[] split = LeafScaling.split(leaves("15", "15"), new BigDecimal("33.75"),
        new BigDecimal("30"), 2);
    assertThat(split).containsExactly(new BigDecimal("16.88"), new BigDecimal("16.87"));
  }

  @Test
  void largestRemaindersTakeTheLeftoverCents() {
    // 10 raised to 11 over 3.3, 3.3, 3.4: 3.63, 3.63, 3.74 exactly, nothing left over.
    BigDecimal[] exact = LeafScaling.split(leaves("3.3", "3.3", "3.4"), new BigDecimal("11"),
        BigDecimal.TEN, 2);
    assertThat(exact).containsExactly(new BigDecimal("3.63"), new BigDecimal("3.63"),
        new BigDecimal("3.74"));
    // 3 raised to 10 over 1, 1, 1 at whole points: 3.33… each, the one point left to the first.
    BigDecimal[] whole = LeafScaling.split(leaves("1", "1", "1"), BigDecimal.TEN,
        new BigDecimal("3"), 0);
    assertThat(whole).containsExactly(new BigDecimal("4"), new BigDecimal("3"),
        new BigDecimal("3"));
    assertThat(Arrays.stream(whole).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("10");
  }

  private static List<Indicator> leaves(String... weights) {
    List<Indicator> leaves = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      leaves.add(Indicator.builder().code("1.1." + (i + 1)).name("指标" + (i + 1)).level(3)
          .parentCode("1.1").weight(new BigDecimal(weights[i]))
          .kind(IndicatorKind.QUALITATIVE).build());
    }
    return leaves;
  }
}
