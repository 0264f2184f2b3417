package io.github.jixiao.core;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import io.github.jixiao.core.value.InvalidValueException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defects 9 and 4 through the core API: extreme numbers are refused at once at their
 * path in a short message, bounds hold at their edges, and a negative scale is normalised.
 */
class ExtremeNumbersTest {

  private static final Duration GUARD = Duration.ofSeconds(2);

  // ---- defect 9: the reproducers

  @Test
  void aBudgetOfOneEToTheBillionIsRefusedAtFullYear() {
    refused(() -> Budget.builder().fullYear(new BigDecimal("1e999999999"))
            .executed(new BigDecimal("3212.37")).build(), "Budget", "$.fullYear",
        "must have at most 15 integer digits and 6 decimals (was 1E+999999999)",
        "整数部分最多 15 位、小数部分最多 6 位（实际为 1E+999999999）");
  }

  @Test
  void aBudgetOfOneEToTheMinusBillionIsRefusedAtFullYear() {
    refused(() -> Budget.builder().fullYear(new BigDecimal("1e-999999999"))
            .executed(new BigDecimal("3212.37")).build(), "Budget", "$.fullYear",
        "must have at most 15 integer digits and 6 decimals (was 1E-999999999)",
        "整数部分最多 15 位、小数部分最多 6 位（实际为 1E-999999999）");
  }

  @Test
  void anOutOfBoundTotalSkipsTheInvariantsThatWouldAddIt() {
    // basic + project = fullYear would add and print 1E+999999999: only the bound is told.
    refused(() -> Budget.builder().fullYear(new BigDecimal("1e999999999"))
            .executed(new BigDecimal("2")).basic(BudgetLine.of(BigDecimal.ONE, BigDecimal.ONE))
            .project(BudgetLine.of(BigDecimal.ONE, BigDecimal.ONE)).build(),
        "Budget", "$.fullYear",
        "must have at most 15 integer digits and 6 decimals (was 1E+999999999)",
        "整数部分最多 15 位、小数部分最多 6 位（实际为 1E+999999999）");
  }

  @Test
  void pointsOfOneEToTheMinusBillionAreRefusedInAShortMessage() {
    refused(() -> Points.of("1e-999999999"), "Points", "$.value",
        "points 1E-999999999 have more than 2 decimals: round them with Points.rounded(value)",
        "分值 1E-999999999 超过 2 位小数：请用 Points.rounded(value) 舍入");
  }

  @Test
  void pointsOfOneEToTheThreeHundredMillionAreRefused() {
    refused(() -> Points.of("1e300000000"), "Points", "$.value",
        "points 1E+300000000 are out of range: points have at most 15 integer digits and 2"
            + " decimals",
        "分值 1E+300000000 超出范围：分值整数部分最多 15 位、小数最多 2 位");
  }

  @Test
  void roundingATinyNumberToPointsIsZeroAtOnceAndAHugeOneIsRefused() {
    assertThat(assertTimeoutPreemptively(GUARD,
        () -> Points.rounded(new BigDecimal("1e-999999999")))).isEqualTo(Points.of("0.00"));
    assertThat(assertTimeoutPreemptively(GUARD,
        () -> Points.rounded(new BigDecimal("-4.99e-3")))).isEqualTo(Points.of("0.00"));
    assertThat(Points.rounded(new BigDecimal("5e-3")).value()).isEqualTo(new BigDecimal("0.01"));
    refused(() -> Points.rounded(new BigDecimal("1e300000000")), "Points", "$.value",
        "points 1E+300000000 are out of range: points have at most 15 integer digits and 2"
            + " decimals",
        "分值 1E+300000000 超出范围：分值整数部分最多 15 位、小数最多 2 位");
  }

  @Test
  void aPercentageOfOneEToTheBillionIsRefusedNotAnArithmeticException() {
    refused(() -> new Percentage(new BigDecimal("1e999999999"), 2), "Percentage", "$.value",
        "percentage 1E+999999999 is out of range: a percentage has at most 24 integer digits"
            + " and 10 decimals",
        "百分比 1E+999999999 超出范围：百分比整数部分最多 24 位、小数最多 10 位");
    refused(() -> Percentage.rounded(new BigDecimal("1e999999999"), 2), "Percentage", "$.value",
        "percentage 1E+999999999 is out of range: a percentage has at most 24 integer digits"
            + " and 10 decimals",
        "百分比 1E+999999999 超出范围：百分比整数部分最多 24 位、小数最多 10 位");
    refused(() -> new Percentage(new BigDecimal("1e-999999999"), 2), "Percentage", "$.value",
        "percentage 1E-999999999 has more than 2 decimals: round it with"
            + " Percentage.rounded(value, 2)",
        "百分比 1E-999999999 超过 2 位小数：请用 Percentage.rounded(value, 2) 舍入");
    refused(() -> new Percentage(BigDecimal.ONE, 11), "Percentage", "$.scale",
        "scale 11 is out of range: use 0 to 10", "小数位数 11 超出范围：请用 0 到 10");
  }

  @Test
  void aRatioOfExtremePartsIsRefusedAtThePart() {
    refused(() -> Percentage.ofRatio(new BigDecimal("1"), new BigDecimal("1e-999999999"), 2),
        "Percentage", "$.denominator",
        "must have at most 64 integer digits and 64 decimals (was 1E-999999999)",
        "整数部分最多 64 位、小数部分最多 64 位（实际为 1E-999999999）");
    refused(() -> Percentage.ofRatio(new BigDecimal("1e999999999"), new BigDecimal("3"), 2),
        "Percentage", "$.numerator",
        "must have at most 64 integer digits and 64 decimals (was 1E+999999999)",
        "整数部分最多 64 位、小数部分最多 64 位（实际为 1E+999999999）");
  }

  @Test
  void anAmountOfOneEToTheBillionIsRefused() {
    refused(() -> Amount.of("1e999999999", MoneyUnit.WAN_YUAN), "Amount", "$.value",
        "must have at most 24 integer digits and 14 decimals (was 1E+999999999)",
        "整数部分最多 24 位、小数部分最多 14 位（实际为 1E+999999999）");
  }

  // ---- the bounds at their edges

  @Test
  void moneyHasAtMostFifteenIntegerDigitsAndSixDecimals() {
    BigDecimal largest = new BigDecimal("999999999999999.999999");
    assertThat(Budget.builder().fullYear(largest).executed(largest).build().getFullYear())
        .isEqualTo(largest);
    refused(() -> Budget.builder().fullYear(new BigDecimal("1000000000000000"))
            .executed(largest).build(), "Budget", "$.fullYear",
        "must have at most 15 integer digits and 6 decimals (was 1000000000000000)",
        "整数部分最多 15 位、小数部分最多 6 位（实际为 1000000000000000）");
    refused(() -> Budget.builder().fullYear(new BigDecimal("0.0000001"))
            .executed(largest).build(), "Budget", "$.fullYear",
        "must have at most 15 integer digits and 6 decimals (was 1E-7)",
        "整数部分最多 15 位、小数部分最多 6 位（实际为 1E-7）");
    // 1E+14 is 15 digits, 1E+15 is 16.
    assertThat(Budget.builder().fullYear(new BigDecimal("1E+14")).executed(largest).build()
        .getFullYear()).isEqualTo(new BigDecimal("100000000000000"));
    refused(() -> Budget.builder().fullYear(new BigDecimal("1E+15")).executed(largest).build(),
        "Budget", "$.fullYear", "must have at most 15 integer digits and 6 decimals (was 1E+15)",
        "整数部分最多 15 位、小数部分最多 6 位（实际为 1E+15）");
  }

  @Test
  void pointsHaveAtMostFifteenIntegerDigitsAndTwoDecimalsTrailingZerosAside() {
    assertThat(Points.of("999999999999999.99").value())
        .isEqualTo(new BigDecimal("999999999999999.99"));
    assertThat(Points.of("9.7200000").value()).isEqualTo(new BigDecimal("9.72"));
    assertThat(Points.of("1E+14").value()).isEqualTo(new BigDecimal("100000000000000.00"));
    refused(() -> Points.of("1000000000000000"), "Points", "$.value",
        "points 1000000000000000 are out of range: points have at most 15 integer digits and 2"
            + " decimals",
        "分值 1000000000000000 超出范围：分值整数部分最多 15 位、小数最多 2 位");
    refused(() -> Points.of("0.001"), "Points", "$.value",
        "points 0.001 have more than 2 decimals: round them with Points.rounded(value)",
        "分值 0.001 超过 2 位小数：请用 Points.rounded(value) 舍入");
  }

  @Test
  void aPercentageHasAtMostTwentyFourIntegerDigits() {
    BigDecimal largest = new BigDecimal("999999999999999999999999.99");
    assertThat(new Percentage(largest, 2).value()).isEqualTo(largest);
    refused(() -> new Percentage(new BigDecimal("1E+24"), 0), "Percentage", "$.value",
        "percentage 1E+24 is out of range: a percentage has at most 24 integer digits and 10"
            + " decimals",
        "百分比 1E+24 超出范围：百分比整数部分最多 24 位、小数最多 10 位");
    // The largest ratio of two document numbers fits: 999999999999999.999999 ÷ 0.000001 × 100.
    assertThat(Percentage.ofRatio(new BigDecimal("999999999999999.999999"),
        new BigDecimal("0.000001"), 0).orElseThrow().value())
        .isEqualTo(new BigDecimal("99999999999999999999900")); // 21 nines, then 00
  }

  @Test
  void anAmountHasAtMostTwentyFourIntegerDigitsAndFourteenDecimals() {
    assertThat(Amount.of("999999999999999999999999.99999999999999", MoneyUnit.YUAN).value())
        .isEqualTo(new BigDecimal("999999999999999999999999.99999999999999"));
    refused(() -> Amount.of("0.000000000000001", MoneyUnit.YUAN), "Amount", "$.value",
        "must have at most 24 integer digits and 14 decimals (was 1E-15)",
        "整数部分最多 24 位、小数部分最多 14 位（实际为 1E-15）");
  }

  // ---- defect 4: a negative scale becomes 0

  @Test
  void thirtyThreeEPlusTwoIsHeldAsThreeThousandThreeHundred() {
    Budget fromExponent = Budget.builder().fullYear(new BigDecimal("33E+2"))
        .executed(BigDecimal.valueOf(3300).stripTrailingZeros()).build();

    assertThat(fromExponent.getFullYear().toString()).isEqualTo("3300");
    assertThat(fromExponent.getExecuted().toString()).isEqualTo("3300");
    assertThat(fromExponent).isEqualTo(Budget.builder().fullYear(new BigDecimal("3300"))
        .executed(new BigDecimal("3300")).build());
    assertThat(Amount.of("33E+2", MoneyUnit.WAN_YUAN).value().toString()).isEqualTo("3300");
    assertThat(Amount.of("0E+5", MoneyUnit.WAN_YUAN).value().toString()).isEqualTo("0");
    assertThat(Points.of("1E+1").toString()).isEqualTo("10.00");
    assertThat(new Percentage(new BigDecimal("1E+2"), 0).toString()).isEqualTo("100%");
  }

  @Test
  void anyNumberInBoundsWithANegativeScaleEqualsItsScaleZeroForm() {
    qt().forAll(longs().between(-999_999_999L, 999_999_999L), integers().between(1, 6))
        .checkAssert((unscaled, exponent) -> {
          BigDecimal negative = new BigDecimal(BigInteger.valueOf(unscaled), -exponent);
          BigDecimal plain = new BigDecimal(BigInteger.valueOf(unscaled)
              .multiply(BigInteger.TEN.pow(exponent)));
          BigDecimal amount = negative.abs();

          BudgetLine line = BudgetLine.of(amount, amount);
          assertThat(line).isEqualTo(BudgetLine.of(plain.abs(), plain.abs()));
          assertThat(line.getBudget().scale()).isZero();
          IndicatorEntry entry = IndicatorEntry.builder().indicatorCode("1").actual(negative)
              .build();
          assertThat(entry.getActual()).contains(plain);
          assertThat(new Amount(negative, MoneyUnit.YUAN).value()).isEqualTo(plain);
        });
  }

  // ----

  private static void refused(ThrowingCallable build, String type, String path, String message,
      String messageZh) {
    assertTimeoutPreemptively(GUARD, () -> assertThatThrownBy(build)
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo(type);
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo(path);
            assertThat(v.message(Locale.ENGLISH)).isEqualTo(message);
            assertThat(v.message(Locale.CHINESE)).isEqualTo(messageZh);
          });
          assertThat(e.getMessage()).hasSizeLessThan(300);
        }));
  }
}
