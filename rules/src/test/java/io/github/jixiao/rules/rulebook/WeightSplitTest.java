package io.github.jixiao.rules.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Guangzhou 2021's 履职效能 / 管理效率 split is a parameter: 50/50 assumed, 60–70 / 30–40 known. */
class WeightSplitTest {

  private static final Rulebook GZ = Rulebooks.guangzhouDepartment2021();

  private static BigDecimal weight(Rulebook book, String code) {
    return book.indicator(code).orElseThrow().getWeight().orElseThrow();
  }

  @Test
  void sixtyFortyScalesEachGroupByItsRatio() {
    Rulebook book = GZ.withSplit("duty-management", List.of(BigDecimal.valueOf(60),
        BigDecimal.valueOf(40)));
    // 履职效能 50 → 60: × 1.2; 管理效率 50 → 40: × 0.8.
    assertThat(weight(book, "1")).isEqualTo(new BigDecimal("60")); // written 60, not 6E+1
    assertThat(weight(book, "1.1")).isEqualByComparingTo("30");
    assertThat(weight(book, "1.2")).isEqualByComparingTo("30");
    assertThat(weight(book, "2")).isEqualByComparingTo("40");
    assertThat(weight(book, "2.1")).isEqualByComparingTo("16");
    assertThat(weight(book, "2.1.1")).isEqualByComparingTo("8");
    assertThat(weight(book, "2.1.2")).isEqualByComparingTo("4");
    assertThat(weight(book, "2.1.3")).isEqualByComparingTo("4");
    assertThat(weight(book, "2.6")).isEqualByComparingTo("4.8");
    // The user's split is said, on the provenance and on every indicator it changed.
    String said = "权重划分参数 duty-management（履职效能 / 管理效率）由使用者设为 60、40（规则表为 "
        + "50、50），其下各项按同一比例缩放";
    assertThat(book.getProvenance().getAssumptions()).last().isEqualTo(said);
    assertThat(book.indicator("2.6").orElseThrow().getAssumption())
        .contains("权重为推定：未找到广州市2021年度官方评分表；" + said);
  }

  @Test
  void seventyThirtyKeepsEveryGroupAddingUp() {
    Rulebook book = GZ.withSplit("duty-management", List.of(BigDecimal.valueOf(70),
        BigDecimal.valueOf(30)));
    // 管理效率 × 0.6: 资金管理 20 → 12 (6 + 3 + 3), each of the five 6 → 3.6; 12 + 5 × 3.6 = 30.
    assertThat(weight(book, "2.1")).isEqualByComparingTo("12");
    assertThat(weight(book, "2.1.1")).isEqualByComparingTo("6");
    assertThat(weight(book, "2.1.2")).isEqualByComparingTo("3");
    assertThat(weight(book, "2.2")).isEqualByComparingTo("3.6");
    assertThat(weight(book, "1.1")).isEqualByComparingTo("35");
  }

  @Test
  void theBaiyunReportUnderSixtyFortyScoresByHand() {
    Rulebook book = GZ.withSplit("duty-management", List.of(BigDecimal.valueOf(60),
        BigDecimal.valueOf(40)));
    SelfEvaluation baiyun = BaiyunFixture.asEncoded().withIndicators(
        book.getIndicators().stream().map(BaiyunFixture::mirror).toList());
    ScoreCard card = Scorer.standard().score(baiyun, book);
    // 1.1 30 (100 of 100 proposals) + 1.2 24 (达成, lower bound 80 % of 30) + 2.1.1 8 × 97.16 %
    // = 7.77 + 2.1.2 0 (no 三公 figures) + 2.1.3 4 + 5 × 4.8 = 89.77
    assertThat(card.getTotal()).contains(new BigDecimal("89.77"));
  }

  @Test
  void weightsThatDoNotAddUpOrAnUnknownSplitAreRefusedSayingWhatIsExpected() {
    assertThatThrownBy(() -> GZ.withSplit("duty-management", List.of(BigDecimal.valueOf(60),
        BigDecimal.valueOf(30)))).isInstanceOfSatisfying(InvalidValueException.class, e ->
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains(
            "请为权重划分参数“duty-management”给出 2 个分值，各大于 0、至多两位小数，合计 100"));
    assertThatThrownBy(() -> GZ.withSplit("duty", List.of(BigDecimal.TEN)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage())
            .contains("the rulebook has no weight split \"duty\"; it has: duty-management"));
    assertThatThrownBy(() -> Rulebooks.mofProject2020().withSplit("duty-management",
        List.of(BigDecimal.TEN))).isInstanceOfSatisfying(InvalidValueException.class, e ->
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains(
            "该规则表没有作为参数的权重划分，无法设定“duty-management”"));
  }

  @Test
  void aSplitNamingNoSiblingsIsRefusedWhenTheRulebookIsBuilt() {
    assertThatThrownBy(() -> Rulebook.builder().from(GZ).splits(List.of(WeightSplit.builder()
        .id("x").name("x").addCodes("1", "2.1").basis("b").build())).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage())
            .contains("$.splits[0].codes"));
  }
}
