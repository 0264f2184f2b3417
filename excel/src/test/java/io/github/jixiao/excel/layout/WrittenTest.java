package io.github.jixiao.excel.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.jixiao.core.Operator;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.excel.layout.Written.Kind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Values as units write them (formats.md, "Values as they are written"), read by hand. */
class WrittenTest {

  private static void reads(String text, Kind kind, String number, String unit) {
    Written w = Written.read(text);
    assertThat(w.kind()).as(text).isEqualTo(kind);
    if (number == null) {
      assertThat(w.number()).as(text).isNull();
    } else {
      assertThat(w.number()).as(text).isEqualByComparingTo(new BigDecimal(number));
    }
    assertThat(w.unit()).as(text).isEqualTo(unit);
  }

  @Test
  void numbersAsWritten() {
    reads("89.974", Kind.NUMBER, "89.974", "");
    reads("9265.353442", Kind.NUMBER, "9265.353442", "");
    reads("215,457.6", Kind.NUMBER, "215457.6", "");
    reads("86%", Kind.NUMBER, "86", "%");
    reads("100.00%", Kind.NUMBER, "100.00", "%");
    reads("１００％", Kind.NUMBER, "100", "%");
    reads("26次", Kind.NUMBER, "26", "次");
    reads("200余人", Kind.APPROXIMATE, "200", "人");
    reads("约200人", Kind.APPROXIMATE, "200", "人");
    reads("10月", Kind.MONTH, "10", "月");
    reads("2021年10月", Kind.MONTH, "10", "月");
    reads("/", Kind.NOT_APPLICABLE, null, "");
    reads("—", Kind.NOT_APPLICABLE, null, "");
    reads("效果明显", Kind.TEXT, null, "");
    // a date or a fraction holds more than one number and none of them is the value
    reads("2021-10-01", Kind.TEXT, null, "");
    reads("3/5", Kind.TEXT, null, "");
    // sixteen integer digits are beyond what a measure holds: text, never a number
    reads("1234567890123456", Kind.TEXT, null, "");
    assertThat(Written.read("100.00%").decimals()).isEqualTo(2);
    assertThat(Written.read("").kind()).isEqualTo(Kind.BLANK);
  }

  @Test
  void levelsAndTheWordsThatNameOne() {
    assertThat(Written.read("部分达成").level()).isEqualTo(QualitativeLevel.PARTLY_ACHIEVED);
    assertThat(Written.read("部分达成").mapped()).isFalse();
    assertThat(Written.read("良").level()).isEqualTo(QualitativeLevel.GOOD);
    Written timely = Written.read("及时");
    assertThat(timely.kind()).isEqualTo(Kind.LEVEL);
    assertThat(timely.level()).isEqualTo(QualitativeLevel.ACHIEVED);
    assertThat(timely.mapped()).isTrue();
    // 高 and 好 name no level of either scale: not guessed
    assertThat(Written.read("高").kind()).isEqualTo(Kind.TEXT);
  }

  @Test
  void operatorsInAColumnAndInATarget() {
    assertThat(Target.column("≥").operator()).isEqualTo(Operator.AT_LEAST);
    assertThat(Target.column("定性").operator()).isEqualTo(Operator.QUALITATIVE);
    // OCR turns ≥ into 2, 到 or 第: read as ≥, and flagged
    assertThat(Target.column("2").operator()).isEqualTo(Operator.AT_LEAST);
    assertThat(Target.column("2").ocr()).isTrue();
    assertThat(Target.read("≥95%").operator()).isEqualTo(Operator.AT_LEAST);
    assertThat(Target.read("≥95%").value().number()).isEqualByComparingTo("95");
    assertThat(Target.read("98%以上").operator()).isEqualTo(Operator.AT_LEAST);
    assertThat(Target.read("不超过5天").operator()).isEqualTo(Operator.AT_MOST);
    assertThat(Target.read("到6次").ocr()).isTrue();
    assertThat(Target.read("11月底前").operator()).isEqualTo(Operator.AT_MOST);
    // "26次" may be a damaged "≥6次", but nothing in it says so: read as written
    assertThat(Target.read("26次").operator()).isNull();
    assertThat(Target.read("26次").value().number()).isEqualByComparingTo("26");
  }

  @Test
  void anyTextIsReadWithoutFailingAndTextWithoutADigitIsNeverANumber() {
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(text -> {
          Written w = Written.read(text);
          Target.read(text);
          Target.column(text);
          if (w.number() != null && w.kind() != Kind.MONTH) {
            assertThat(Labels.normal(text)).containsPattern("\\d");
            assertThat(w.number().abs()).isLessThan(new BigDecimal("1E15"));
          }
        });
  }
}
