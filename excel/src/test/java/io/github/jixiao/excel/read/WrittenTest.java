package io.github.jixiao.excel.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.jixiao.core.ActualReading;
import io.github.jixiao.core.Operator;
import io.github.jixiao.core.QualitativeLevel;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Values as units write them (formats.md, "Values as they are written"), read by hand. */
class WrittenTest {

  private static void reads(String text, ActualReading reading, String number, String unit) {
    Written w = Written.read(text);
    assertThat(w.reading()).as(text).isEqualTo(reading);
    if (number == null) {
      assertThat(w.number()).as(text).isNull();
    } else {
      assertThat(w.number()).as(text).isEqualByComparingTo(new BigDecimal(number));
    }
    assertThat(w.unit()).as(text).isEqualTo(unit);
  }

  @Test
  void numbersAsWritten() {
    reads("89.974", ActualReading.EXACT, "89.974", "");
    reads("9265.353442", ActualReading.EXACT, "9265.353442", "");
    reads("215,457.6", ActualReading.EXACT, "215457.6", "");
    reads("86%", ActualReading.EXACT, "86", "%");
    reads("100.00%", ActualReading.EXACT, "100.00", "%");
    reads("１００％", ActualReading.EXACT, "100", "%");
    reads("26次", ActualReading.EXACT, "26", "次");
    reads("200余人", ActualReading.APPROXIMATE, "200", "人");
    reads("约200人", ActualReading.APPROXIMATE, "200", "人");
    reads("200多人", ActualReading.APPROXIMATE, "200", "人");
    reads("10月", ActualReading.DATE, "10", "月");
    reads("11月底前", ActualReading.DATE, "11", "月");
    reads("2021年10月", ActualReading.DATE, "10", "月");
    reads("/", ActualReading.NOT_APPLICABLE, null, "");
    reads("—", ActualReading.NOT_APPLICABLE, null, "");
    reads("效果明显", ActualReading.UNREADABLE, null, "");
    // there is no 13th month: "13月" is a count of months, read as written
    reads("13月", ActualReading.EXACT, "13", "月");
    // sixteen integer digits are beyond what a measure holds: text, never a number
    reads("1234567890123456", ActualReading.UNREADABLE, null, "");
    assertThat(Written.read("").reading()).isNull();
  }

  @Test
  void levelsAndTheWordsThatNameOne() {
    assertThat(Written.read("部分达成").level()).isEqualTo(QualitativeLevel.PARTLY_ACHIEVED);
    assertThat(Written.read("部分达成").assumed()).isFalse();
    assertThat(Written.read("良").level()).isEqualTo(QualitativeLevel.GOOD);
    Written timely = Written.read("及时");
    assertThat(timely.reading()).isEqualTo(ActualReading.LEVEL);
    assertThat(timely.level()).isEqualTo(QualitativeLevel.ACHIEVED);
    assertThat(timely.assumed()).isTrue();
    assertThat(Written.read("达成预期指标").level()).isEqualTo(QualitativeLevel.ACHIEVED);
    // 高 and 好 name no level of either scale: not guessed
    assertThat(Written.read("高").reading()).isEqualTo(ActualReading.UNREADABLE);
  }

  @Test
  void operatorsInAColumnAndInATarget() {
    assertThat(Operators.column("≥").operator()).isEqualTo(Operator.AT_LEAST);
    assertThat(Operators.column("＞").operator()).isEqualTo(Operator.ABOVE);
    assertThat(Operators.column("定性").operator()).isEqualTo(Operator.QUALITATIVE);
    // OCR turns ≥ into 2, 到 or 第: read as ≥, and said
    assertThat(Operators.column("2").operator()).isEqualTo(Operator.AT_LEAST);
    assertThat(Operators.column("2").guessed()).isTrue();
    assertThat(Operators.column("大概")).isNull();
    assertThat(Operators.target("≥95%")).isEqualTo(new Operators(Operator.AT_LEAST, "95%", false));
    assertThat(Operators.target(">=6次")).isEqualTo(new Operators(Operator.AT_LEAST, "6次", false));
    assertThat(Operators.target("98%以上")).isEqualTo(new Operators(Operator.AT_LEAST, "98%", false));
    assertThat(Operators.target("不低于98%"))
        .isEqualTo(new Operators(Operator.AT_LEAST, "98%", false));
    assertThat(Operators.target("不超过5天")).isEqualTo(new Operators(Operator.AT_MOST, "5天", false));
    assertThat(Operators.target("5天以内")).isEqualTo(new Operators(Operator.AT_MOST, "5天", false));
    assertThat(Operators.target("到6次")).isEqualTo(new Operators(Operator.AT_LEAST, "6次", true));
    // "26次" may be a damaged "≥6次", but nothing in it says so: read as written
    assertThat(Operators.target("26次")).isEqualTo(new Operators(null, "26次", false));
  }

  @Test
  void anyTextIsReadWithoutFailingAndTextWithoutADigitIsNeverANumber() {
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(text -> {
          Written w = Written.read(text.strip());
          Operators.target(text);
          Operators.column(text);
          if (w.number() != null && w.reading() != ActualReading.DATE) {
            assertThat(Written.halfWidth(text)).containsPattern("\\d");
            assertThat(w.number().precision() - w.number().scale()).isLessThanOrEqualTo(15);
          }
        });
  }
}
