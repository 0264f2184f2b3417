package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.value.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 得分系数 (the coefficient form's share of the weight, in percent): bounded 0–100 with words of
 * its own in both languages, and normalised like every other number of an entry.
 */
class CoefficientTest {

  private static IndicatorEntry.Builder entry() {
    return IndicatorEntry.builder().indicatorCode("2.1");
  }

  @Test
  void aCoefficientAbove100IsRefusedAsAPercentageInBothLanguages() {
    assertThatThrownBy(() -> entry().coefficient(new BigDecimal("120")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("$.coefficient");
            assertThat(v.message(Locale.ENGLISH))
                .isEqualTo("must be a percentage from 0 to 100 (was 120)");
            assertThat(v.message(Locale.CHINESE)).isEqualTo("须为 0 至 100 之间的百分数（实际为 120）");
          });
        });
    assertThatThrownBy(() -> entry().coefficient(new BigDecimal("-1")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .singleElement().satisfies(v -> assertThat(v.message(Locale.ENGLISH))
                .isEqualTo("must be a percentage from 0 to 100 (was -1)")));
  }

  @Test
  void theBoundsThemselvesAndAFractionOfAPercentAreKept() {
    assertThat(entry().coefficient(BigDecimal.ZERO).build().getCoefficient()).contains(
        BigDecimal.ZERO);
    assertThat(entry().coefficient(new BigDecimal("100")).build().getCoefficient())
        .contains(new BigDecimal("100"));
    assertThat(entry().coefficient(new BigDecimal("33.3")).build().getCoefficient())
        .contains(new BigDecimal("33.3"));
  }

  @Test
  void aCoefficientWrittenWithAnExponentIsTheSameValue() {
    BigDecimal eighty = new BigDecimal(BigInteger.valueOf(8), -1); // 8E+1
    IndicatorEntry written = entry().coefficient(eighty).build();
    assertThat(written.getCoefficient().orElseThrow().scale()).isZero();
    assertThat(written).isEqualTo(entry().coefficient(new BigDecimal("80")).build());
  }
}
