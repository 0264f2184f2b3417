package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jixiao.core.value.InvalidValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Money, percentages and points are exact; values keep equality through building and copying. */
class ExactValuesPropertiesTest {

  @Test
  void convertingMoneyBetweenUnitsIsExactAndRoundTrips() {
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), integers().between(0, 6))
        .checkAssert((unscaled, scale) -> {
          Amount wan = new Amount(BigDecimal.valueOf(unscaled, scale), MoneyUnit.WAN_YUAN);
          Amount yuan = wan.to(MoneyUnit.YUAN);

          assertThat(yuan.value()).isEqualByComparingTo(wan.value().multiply(BigDecimal.valueOf(10_000)));
          assertThat(yuan.to(MoneyUnit.WAN_YUAN).value()).isEqualByComparingTo(wan.value());
          assertThat(yuan).isEqualTo(wan).hasSameHashCodeAs(wan);
        });
  }

  @Test
  void addingAndSubtractingMoneyIsExactAcrossUnits() {
    qt().forAll(longs().between(0, 1_000_000_000_00L), longs().between(0, 1_000_000_000_00L))
        .checkAssert((fenA, fenB) -> {
          Amount a = new Amount(BigDecimal.valueOf(fenA, 2), MoneyUnit.YUAN);
          Amount b = new Amount(BigDecimal.valueOf(fenB, 6), MoneyUnit.WAN_YUAN); // fen in 万元

          Amount sum = a.plus(b);
          assertThat(sum.unit()).isEqualTo(MoneyUnit.YUAN);
          assertThat(sum.value()).isEqualByComparingTo(BigDecimal.valueOf(fenA + fenB, 2));
          assertThat(sum.minus(b)).isEqualTo(a);
        });
  }

  @Test
  void aRateIsRoundedHalfUpAtItsScale() {
    qt().forAll(longs().between(0, 10_000_000L), longs().between(1, 10_000_000L),
        integers().between(0, 4)).checkAssert((numerator, denominator, scale) -> {
          Percentage rate = Percentage.ofRatio(BigDecimal.valueOf(numerator),
              BigDecimal.valueOf(denominator), scale).orElseThrow();

          // Exact reference: scaled integer division, then half up on the remainder.
          BigInteger shifted = BigInteger.valueOf(numerator).multiply(BigInteger.TEN.pow(scale + 2));
          BigInteger[] qr = shifted.divideAndRemainder(BigInteger.valueOf(denominator));
          BigInteger halfUp = qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(denominator)) >= 0
              ? qr[0].add(BigInteger.ONE) : qr[0];
          assertThat(rate.value()).isEqualTo(new BigDecimal(halfUp, scale));
          assertThat(rate.value().scale()).isEqualTo(scale);
        });
  }

  @Test
  void theSeedsRatesAreTheStatedOnes() {
    assertThat(Percentage.ofRatio(new BigDecimal("3212.37"), new BigDecimal("3306.19"), 2))
        .hasValueSatisfying(p -> assertThat(p).hasToString("97.16%"));
    assertThat(Percentage.ofRatio(new BigDecimal("169"), new BigDecimal("184"), 0))
        .hasValueSatisfying(p -> assertThat(p).hasToString("92%"));
    assertThat(Percentage.ofRatio(new BigDecimal("169"), new BigDecimal("184"), 2))
        .hasValueSatisfying(p -> assertThat(p).hasToString("91.85%"));
    assertThat(Percentage.ofRatio(BigDecimal.ONE, BigDecimal.ZERO, 2)).isEmpty();
  }

  @Test
  void aPercentageOrPointsCannotHoldMorePrecisionThanTheirScale() {
    assertThatThrownBy(() -> new Percentage(new BigDecimal("97.162"), 2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Percentage.rounded(value, 2)");
    assertThatThrownBy(() -> Points.of("9.7162")).hasMessageContaining("Points.rounded(value)");
    assertThat(Points.rounded(new BigDecimal("9.7162"))).isEqualTo(Points.of("9.72"));
    assertThat(Points.rounded(new BigDecimal("3.125"))).isEqualTo(Points.of("3.13"));
    assertThat(Points.of("2").minusFlooredAtZero(Points.of("3.5"))).isEqualTo(Points.ZERO);
  }

  @Test
  void pointsRoundHalfUpToTwoDecimals() {
    qt().forAll(longs().between(-10_000_000L, 10_000_000L)).checkAssert(thousandths -> {
      BigDecimal raw = BigDecimal.valueOf(thousandths, 3);
      Points points = Points.rounded(raw);
      assertThat(points.value().scale()).isEqualTo(2);
      assertThat(points.value()).isEqualTo(raw.setScale(2, RoundingMode.HALF_UP));
      assertThat(raw.subtract(points.value()).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    });
  }

  @Test
  void buildingTwiceAndCopyingAValueKeepEqualityAndHashCode() {
    qt().forAll(longs().between(0, 1_000_000_00L), longs().between(0, 1_000_000_00L),
        integers().between(2000, 2100)).checkAssert((budgetFen, executedFen, year) -> {
          Budget budget = Budget.builder().fullYear(BigDecimal.valueOf(budgetFen, 2))
              .executed(BigDecimal.valueOf(executedFen, 2)).build();
          // Builders are strict (each attribute set once), so a copy is built from the getters.
          Budget copy = Budget.builder().unit(budget.getUnit()).fullYear(budget.getFullYear())
              .executed(budget.getExecuted()).build();
          SelfEvaluation evaluation = evaluation(year, budget);

          assertThat(copy).isEqualTo(budget).hasSameHashCodeAs(budget);
          assertThat(evaluation(year, copy)).isEqualTo(evaluation).hasSameHashCodeAs(evaluation);
          assertThat(copy.getFullYear().toPlainString())
              .isEqualTo(BigDecimal.valueOf(budgetFen, 2).toPlainString());
        });
  }

  private static SelfEvaluation evaluation(int year, Budget budget) {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(year)
        .department(BaiyunSeed.department()).budget(budget).build();
  }
}
