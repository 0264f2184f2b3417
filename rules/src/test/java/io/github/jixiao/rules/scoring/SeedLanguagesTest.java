package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the Baiyun seed's score card (评分表), rendered in Chinese and in English, says every
 * explanation and note in that language alone — apart from domain data (the indicators' codes and
 * names, the deductions' reasons, the formulas' ids), which is the same in every language. The
 * texts are the seed's, worked out by hand.
 */
class SeedLanguagesTest {

  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");

  private static final ScoreCard CLAIMED = Scorer.standard().score(BaiyunFixture.evaluation(),
      Rulebooks.guangzhouDepartment2021());
  private static final ScoreCard ENCODED = Scorer.standard().score(BaiyunFixture.asEncoded(),
      Rulebooks.guangzhouDepartment2021());

  private static String zh(IndicatorScore score) {
    return score.explain(Locale.SIMPLIFIED_CHINESE);
  }

  private static String en(IndicatorScore score) {
    return score.explain(Locale.ENGLISH);
  }

  private static IndicatorScore of(ScoreCard card, String code) {
    return card.indicator(code).orElseThrow();
  }

  @Test
  void everyExplanationAndNoteIsInOneLanguageApartFromTheSeedsData() {
    for (ScoreCard card : List.of(CLAIMED, ENCODED)) {
      SelfEvaluation evaluation = card == CLAIMED ? BaiyunFixture.evaluation()
          : BaiyunFixture.asEncoded();
      List<String> data = domainData(card, evaluation);
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      card.getIndicators().forEach(s -> {
        zh.add(zh(s));
        en.add(en(s));
      });
      for (Message note : card.getNotes()) {
        zh.add(note.render(Locale.SIMPLIFIED_CHINESE));
        en.add(note.render(Locale.ENGLISH));
      }
      // ten scored indicators, and the claimed card's note on the typed 三公 rate
      assertThat(zh).hasSameSizeAs(en).hasSize(card == CLAIMED ? 11 : 10);
      for (String text : zh) {
        assertThat(find(ENGLISH_WORD, without(text, data))).as("English in: %s", text).isEmpty();
        assertThat(text).as("rendered whole").doesNotContain("{", "label.", "rules.");
      }
      for (String text : en) {
        assertThat(find(CHINESE, without(text, data))).as("Chinese in: %s", text).isEmpty();
        assertThat(text).as("rendered whole").doesNotContain("{", "label.", "rules.")
            .doesNotContainPattern("\\b(ACHIEVED|PARTLY_ACHIEVED|NOT_ACHIEVED|DEPARTMENT_WIDE)\\b");
      }
    }
  }

  @Test
  void theSeedsExplanationsInChineseAndInEnglish() {
    // 重点工作办结率: 100 of 100 proposals answered = 100.000000 %, at least the target 100 %
    assertThat(zh(of(CLAIMED, "1.1"))).isEqualTo("重点工作办结率 100.00% ≥ 100%，得满分 25");
    assertThat(en(of(CLAIMED, "1.1"))).isEqualTo("重点工作办结率 100.00% ≥ 100%: full points, 25");
    // 履职效果 达成 with 22 chosen: inside the band [0.8 × 25, 25]
    assertThat(zh(of(CLAIMED, "1.2"))).isEqualTo("履职效果 达成（档次 [20.00, 25.00]），采用自评分 22.00");
    assertThat(en(of(CLAIMED, "1.2")))
        .isEqualTo("履职效果 achieved (band [20.00, 25.00]): the unit's 22.00 points are accepted");
    // 预算完成率: 3212.37 ÷ 3306.19 = 97.162293 %, 10 × 97.16 % = 9.72
    assertThat(zh(of(CLAIMED, "2.1.1"))).isEqualTo("预算完成率 97.16% < 100%，得分 = 10 × 97.16% = 9.72");
    assertThat(en(of(CLAIMED, "2.1.1")))
        .isEqualTo("预算完成率 97.16% < 100%, points = 10 × 97.16% = 9.72");
    // "三公经费"控制率: the typed 98.50 % is within the standard 100 %
    assertThat(zh(of(CLAIMED, "2.1.2"))).isEqualTo("\"三公经费\"控制率 98.50% ≤ 标准 100%，得满分 5");
    assertThat(en(of(CLAIMED, "2.1.2")))
        .isEqualTo("\"三公经费\"控制率 98.50% ≤ the standard 100%: full points, 5");
    // 资金使用合规性: 5 less the deduction of 2
    assertThat(en(of(CLAIMED, "2.1.3"))).isEqualTo("资金使用合规性 is scored by findings, starting"
        + " from 5; 2 points deducted (项目资金支出进度分配不均 2), points = 5.00 − 2 = 3.00");
    assertThat(zh(of(CLAIMED, "2.6"))).isEqualTo("信息公开管理 按发现问题扣分，起评 6 分");
    assertThat(en(of(CLAIMED, "2.6"))).isEqualTo("信息公开管理 is scored by findings, starting from 6");
    // As encoded: 履职效果 达成 without points, at the band's lower end; no 三公 figures at all
    assertThat(zh(of(ENCODED, "1.2")))
        .isEqualTo("履职效果 达成（档次 [20.00, 25.00]），未填自评分，按档次下限计 20.00");
    assertThat(en(of(ENCODED, "1.2"))).isEqualTo("履职效果 achieved (band [20.00, 25.00]): no"
        + " points chosen, scored at the band's lower end, 20.00");
    assertThat(zh(of(ENCODED, "2.1.2")))
        .isEqualTo("\"三公经费\"控制率 未提供实际完成值，无法按规则计分，得 0 分");
    assertThat(en(of(ENCODED, "2.1.2"))).isEqualTo("\"三公经费\"控制率: no actual value was given,"
        + " so the rule cannot score it; 0 points");
    assertThat(CLAIMED.getNotes()).singleElement().satisfies(n -> {
      assertThat(n.getKey()).isEqualTo("note.typed-actual");
      assertThat(n.render(Locale.ENGLISH)).isEqualTo("2.1.2 \"三公经费\"控制率: the data of formula"
          + " three-public-control are missing; scored with the actual typed in the table, 98.50");
    });
  }

  @Test
  void theLevelAnInputNamesIsItsLabelNotItsConstant() {
    assertThat(of(CLAIMED, "1.2").getInputs()).filteredOn(a -> a.getName().equals("level"))
        .singleElement().satisfies(level -> {
          assertThat(level.getMessage()).contains(Message.of("label.QualitativeLevel.ACHIEVED"));
          assertThat(level.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("达成");
          assertThat(level.render(Locale.ENGLISH)).isEqualTo("achieved");
        });
  }

  /** The seed's own words: codes and names of indicators, deductions' reasons, formula ids. */
  private static List<String> domainData(ScoreCard card, SelfEvaluation evaluation) {
    List<String> data = new ArrayList<>();
    card.getIndicators().forEach(s -> {
      data.add(s.getName());
      data.add(s.getCode());
      s.getFormula().ifPresent(f -> data.add(f.getFormula()));
    });
    evaluation.getIndicators().forEach(i -> data.add(i.getName()));
    evaluation.getDeductions().stream().map(Deduction::getReason).forEach(data::add);
    data.sort(Comparator.comparingInt(String::length).reversed());
    return data;
  }

  private static String without(String text, List<String> data) {
    String rest = text;
    for (String d : data) {
      rest = rest.replace(d, " ");
    }
    return rest;
  }

  private static List<String> find(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
