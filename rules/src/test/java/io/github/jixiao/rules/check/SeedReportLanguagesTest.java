package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Duty;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.Task;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.SkippedCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The seed's check report (the Baiyun office's 2021 report, {@link Fixture#seed()}) read in
 * Chinese holds no English word and read in English no Chinese, apart from the seed's own data —
 * its quotes, names, codes and titles, which are the same in every language: every finding, every
 * reason a check did not run, the description of every check that ran.
 */
class SeedReportLanguagesTest {

  /** Chinese characters and the punctuation of Chinese text (“”、，：（）). */
  private static final Pattern CHINESE =
      Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF\\u201C\\u201D]");
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");

  private static final SelfEvaluation SEED = Fixture.seed().build();
  private static final CheckReport REPORT = Checks.standard().run(SEED);

  @Test
  void theSeedsFindingsReadInBothLanguagesAsComputedByHand() {
    assertThat(REPORT.getFindings()).extracting(Finding::getCode).containsExactly("JX-401",
        "JX-404");
    Finding contradicted = REPORT.getFindings().get(0);
    Finding farAbove = REPORT.getFindings().get(1);

    // 3212.37 ÷ 3306.19 = 97.1622…% → 97.16; the claim says every target was met.
    assertThat(contradicted.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("报告称“均达到了年初设定的"
        + "各项绩效目标”，但预算执行率为 97.16%，未达到100%");
    assertThat(contradicted.message(Locale.ENGLISH)).isEqualTo("the report claims \"均达到了年初"
        + "设定的各项绩效目标\" but the execution rate is 97.16% < 100%");
    // 94 × 3306.19 = 310781.86 and 90 × 3212.37 = 289113.30: the gap 21668.56 ÷ 310781.86 ×
    // 100 = 6.972…, shown 6.97, above the threshold of 5.
    assertThat(farAbove.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("自评得分 94 远高于预算执行率"
        + " 97.16%：(自评得分÷90 − 预算执行率) ÷ (自评得分÷90) 为 6.97%，超过 5%");
    assertThat(farAbove.message(Locale.ENGLISH)).isEqualTo("the claimed total 94 is far above the"
        + " execution rate 97.16%: (score ÷ 90 − rate) ÷ (score ÷ 90) is 6.97%, above 5%");
    assertThat(REPORT.getChecksNotRun()).extracting(s -> s.reason(Locale.ENGLISH))
        .containsOnly("no rulebook was given");
    assertThat(REPORT.getChecksNotRun()).extracting(s -> s.reason(Locale.CHINESE))
        .containsOnly("未提供评分办法");
  }

  @Test
  void inEnglishTheReportHoldsNoChineseButTheSeedsOwnData() {
    for (String text : texts(Locale.ENGLISH)) {
      String rest = withoutData(text);
      assertThat(CHINESE.matcher(rest).find()).as("Chinese in \"%s\"", text).isFalse();
    }
  }

  @Test
  void inChineseTheReportHoldsNoEnglishWordButTheSeedsOwnData() {
    for (String text : texts(Locale.SIMPLIFIED_CHINESE)) {
      String rest = withoutData(text);
      assertThat(ENGLISH_WORD.matcher(rest).find()).as("English in \"%s\"", text).isFalse();
    }
  }

  /** Everything the report says in {@code locale}; not empty, so that the scans scan something. */
  private static List<String> texts(Locale locale) {
    List<String> texts = new ArrayList<>();
    for (Finding f : REPORT.getFindings()) {
      texts.add(f.message(locale));
    }
    for (SkippedCheck s : REPORT.getChecksNotRun()) {
      texts.add(s.reason(locale));
    }
    for (String code : REPORT.getChecksRun()) {
      texts.add(Checks.standard().find(code).orElseThrow().description().render(locale));
    }
    assertThat(texts).hasSizeGreaterThan(REPORT.getChecksRun().size());
    return texts;
  }

  /** {@code text} without the seed's data: every name, code, title, quote and area it has. */
  private static String withoutData(String text) {
    List<String> data = new ArrayList<>();
    data.add(SEED.getDepartment().getName());
    data.add(SEED.getDepartment().getCode());
    SEED.getTitle().ifPresent(data::add);
    for (Duty d : SEED.getDepartment().getDuties()) {
      data.add(d.getCode());
      data.add(d.getText());
    }
    for (Task t : SEED.getTasks()) {
      data.add(t.getCode());
      data.add(t.getTitle());
    }
    for (Project p : SEED.getProjects()) {
      data.add(p.getCode());
      data.add(p.getName());
    }
    for (Indicator i : SEED.getIndicators()) {
      data.add(i.getCode());
      data.add(i.getName());
    }
    for (StatedFigure f : SEED.getStatedFigures()) {
      data.add(f.getCode());
      data.add(f.getName());
      f.getQuote().ifPresent(data::add);
      f.getFormula().ifPresent(data::add);
    }
    for (NarrativeClaim c : SEED.getNarrativeClaims()) {
      data.add(c.getQuote());
      c.getSection().ifPresent(data::add);
    }
    for (Problem p : SEED.getProblems()) {
      data.add(p.getText());
      data.addAll(p.getAreas());
      data.addAll(p.getIndicatorCodes());
    }
    data.sort(Comparator.comparingInt(String::length).reversed());
    String rest = text;
    for (String d : data) {
      rest = rest.replace(d, " ");
    }
    return rest;
  }
}
