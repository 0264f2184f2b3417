package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Fixture.Draft;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The lists a score card's explanations hold name ten items and count the rest, as findings do
 * (issue 11, defect 13): the deductions on an indicator, the table's candidates for a rulebook
 * indicator.
 */
class BoundedExplanationsTest {

  @Test
  void twelveDeductionsOnOneIndicatorAreExplainedTenAtATime() {
    Draft draft = RescoringChecksTest.guangzhou("9", "94");
    draft.deductions.clear();
    for (int i = 1; i <= 12; i++) {
      draft.deductions.add(Deduction.builder().indicatorCode("2.1.3").points(d("0.1"))
          .reason("问题" + i).build());
    }

    ScoreCard card = Scorer.standard().score(draft.build(), Rulebooks.guangzhouDepartment2021());

    IndicatorScore compliance = card.getIndicators().stream()
        .filter(s -> s.getCode().equals("2.1.3")).findFirst().orElseThrow();
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      zh.append("问题").append(i).append(" 0.1；");
      en.append("问题").append(i).append(" 0.1; ");
    }
    assertThat(compliance.explain(Locale.SIMPLIFIED_CHINESE))
        .contains("（" + zh + "等另外 2 项）").doesNotContain("问题11");
    assertThat(compliance.explain(Locale.ENGLISH))
        .contains("(" + en + "and 2 more)").doesNotContain("问题11");
  }

  @Test
  void twelveTableIndicatorsMatchingOneRulebookIndicatorByNameAreListedTenAtATime() {
    Draft draft = RescoringChecksTest.guangzhou("9", "94");
    draft.indicators.removeIf(i -> i.getCode().equals("2.2"));
    draft.entries.removeIf(e -> e.getIndicatorCode().equals("2.2"));
    for (int i = 1; i <= 12; i++) {
      draft.indicators.add(Indicator.builder().code("x" + i).name("采购管理").level(2)
          .parentCode("2").weight(d("0.5")).kind(IndicatorKind.QUALITATIVE).build());
    }

    ScoreCard card = Scorer.standard().score(draft.build(), Rulebooks.guangzhouDepartment2021());

    Message ambiguous = card.getNotes().stream()
        .filter(n -> n.getKey().equals("note.ambiguous-match")).findFirst().orElseThrow();
    String shown = "x1 采购管理、x2 采购管理、x3 采购管理、x4 采购管理、x5 采购管理、x6 采购管理、x7 采购管理、"
        + "x8 采购管理、x9 采购管理、x10 采购管理、";
    assertThat(ambiguous.render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("规则表指标 2.2 采购管理 在自评表中按名称可对应多个指标（" + shown + "等另外 2 项），未予对应");
    assertThat(ambiguous.render(Locale.ENGLISH)).isEqualTo("rulebook indicator 2.2 采购管理"
        + " matches more than one of the table's indicators by name (" + shown + "and 2 more);"
        + " none is taken");
  }
}
