package io.github.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Properties of reading figures (数字读取的性质), over generated reports (QuickTheories): an amount
 * is read back exactly whatever its unit, its thousands separators and its width (half or full);
 * a rate with both parts is read back with its parts at the precision printed; and a sentence of
 * dates, document numbers and telephone numbers alone gives no figure at all.
 */
class FigurePropertiesTest {

  private static final List<String> UNITS = List.of("元", "万元", "亿元");

  @Test
  void anAmountIsReadBackExactlyInItsUnitWhateverItsSeparatorsAndWidth() {
    qt().withExamples(300).forAll(longs().between(0, 99_999_999_999L),
        longs().between(0, 99_999_999_999L), integers().between(0, 2), integers().between(0, 3))
        .checkAssert((budgetCents, executedCents, unit, form) -> {
          BigDecimal budget = BigDecimal.valueOf(budgetCents, 2);
          BigDecimal executed = BigDecimal.valueOf(executedCents, 2);
          SelfEvaluation e = FiguresTest.evaluation("全年预算数 " + written(budget, form)
              + " " + UNITS.get(unit) + "，执行数 " + written(executed, form) + UNITS.get(unit)
              + "。");
          Budget read = e.getBudget();
          assertThat(read.getUnit()).isEqualTo(MoneyUnit.values()[unit]);
          assertThat(read.getFullYear()).isEqualTo(budget);
          assertThat(read.getExecuted()).isEqualTo(executed);
        });
  }

  @Test
  void aRateWithItsPartsIsReadWithItsPartsAtThePrecisionPrinted() {
    qt().withExamples(300).forAll(integers().between(1, 100_000), integers().between(0, 1000),
        integers().between(0, 2))
        .checkAssert((whole, permille, decimals) -> {
          long part = (long) whole * permille / 1000;
          BigDecimal rate = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
          SelfEvaluation e = FiguresTest.evaluation("全年预算数 100 万元，执行数 90 万元。",
              "群众反映问题有" + whole + "条，已解决" + part + "条，解决率" + rate.toPlainString()
                  + "%。");
          StatedFigure f = e.getStatedFigures().get(0);
          assertThat(f.getName()).isEqualTo("群众反映问题解决率");
          assertThat(f.getStatedValue()).isEqualTo(rate);
          assertThat(f.getPrecision()).isEqualTo(decimals);
          assertThat(f.getNumerator()).contains(BigDecimal.valueOf(part));
          assertThat(f.getDenominator()).contains(BigDecimal.valueOf(whole));
        });
  }

  @Test
  void datesDocumentNumbersAndTelephonesAloneGiveNoFigure() {
    qt().withExamples(300).forAll(integers().between(2000, 2099), integers().between(1, 12),
        integers().between(1, 28), longs().between(10_000_000L, 99_999_999L))
        .checkAssert((year, month, day, phone) -> {
          long number = phone % 1000 + 1;
          DraftEvaluation draft = FiguresTest.draft("全年预算数 100 万元，执行数 90 万元。",
              "根据财预〔" + year + "〕" + number + "号文件，于" + year + "年" + month + "月" + day
                  + "日前完成，" + month + "月份报送，联系电话：020-" + phone + "，手机 13"
                  + phone + "0。");
          SelfEvaluation e = draft.getEvaluation().orElseThrow();
          assertThat(e.getStatedFigures()).isEmpty();
          assertThat(e.getClaimedTotal()).isEmpty();
          assertThat(e.getDepartment().getUnits()).isEmpty();
          assertThat(e.getDepartment().getStaffing()).isEmpty();
          assertThat(draft.getExtraction().getItems()).noneMatch(i -> i.getParagraph() == 4);
        });
  }

  /** {@code amount} as a report may print it: plain, grouped, full-width, or both. */
  private static String written(BigDecimal amount, int form) {
    DecimalFormat grouped = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(
        Locale.ROOT));
    String text = form % 2 == 0 ? amount.toPlainString() : grouped.format(amount);
    return form >= 2 ? fullWidth(text) : text;
  }

  private static String fullWidth(String text) {
    StringBuilder wide = new StringBuilder();
    for (char c : text.toCharArray()) {
      wide.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '.' ? '．'
          : c == ',' ? '，' : c);
    }
    return wide.toString();
  }
}
