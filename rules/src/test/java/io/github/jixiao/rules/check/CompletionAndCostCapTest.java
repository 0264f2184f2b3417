package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static io.github.jixiao.rules.check.Fixture.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.SourceCell;
import io.github.jixiao.core.TableSource;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Fixture.Draft;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Two entry checks of the vendor systems (lifecycle.md §3): a qualitative row needs a
 * 完成情况简要描述 (JX-212, layout F's "定性必填"), and a cost indicator left at its default is
 * capped (JX-213, one province: 5 points), on the consistent fixture, whose qualitative 社会效益
 * is entries[4].
 */
class CompletionAndCostCapTest {

  @Test
  void aQualitativeRowWithoutADescriptionInATableThatHasTheColumnIsFlagged() {
    Draft draft = Fixture.consistent();
    // 2.1.1 describes its completion: the table has the column, and 3.1.1 leaves it blank
    draft.entry(Fixture.entry("2.1.1", "6", "25").withCompletion("全年召开常委会会议6次"));

    assertThat(findings(draft.build(), "JX-212")).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getPath()).isEqualTo("$.entries[4].completion");
      assertThat(f.message(Locale.CHINESE))
          .isEqualTo("定性指标“3.1.1 社会效益”未填写完成情况简要描述：定性指标须说明完成了什么");
    });
  }

  @Test
  void aDescribedQualitativeRowOrATableWithoutTheColumnIsNot() {
    // no entry of the consistent fixture carries the column: nothing to ask of it
    assertThat(findings(Fixture.consistent().build(), "JX-212")).isEmpty();
    Draft draft = Fixture.consistent();
    draft.entry(Fixture.entry("2.1.1", "6", "25").withCompletion("全年召开常委会会议6次"));
    IndicatorEntry social = draft.entries.get(4);
    draft.entry(social.withCompletion("代表履职平台覆盖全区"));
    assertThat(findings(draft.build(), "JX-212")).isEmpty();
    // a quantitative row may leave it blank (定量选填)
    draft.entry(Fixture.entry("2.1.1", "6", "25"));
    assertThat(findings(draft.build(), "JX-212")).isEmpty();
  }

  @Test
  void aWorkbookWhoseCompletionCellIsBlankHasTheColumnThoughNoRowFilledIt() {
    // the importer records the blank cell it read 3.1.1's completion from
    SelfEvaluation imported = Fixture.consistent().build().withSource(TableSource.builder()
        .file("自评表.xlsx").sheet("项目1").layout("F")
        .addCell(SourceCell.of("$.entries[4].completion", "项目1!K21")).build());

    assertThat(findings(imported, "JX-212")).extracting(Finding::getPath)
        .containsExactly("$.entries[4].completion");
  }

  private static Draft withDefaultCost(String claimed) {
    Draft draft = Fixture.consistent();
    draft.indicators.add(Fixture.group("2.2", "成本指标", 2, "2", "6"));
    draft.indicators.add(Indicator.builder().code("2.2.1").name("成本控制").level(3)
        .parentCode("2.2").weight(d("6")).kind(IndicatorKind.QUALITATIVE).build());
    draft.entries.add(IndicatorEntry.builder().indicatorCode("2.2.1").claimedScore(d(claimed))
        .build());
    return draft;
  }

  @Test
  void aDefaultCostIndicatorAboveTheProvincesFivePointsIsFlagged() {
    Rulebook capped = Rulebooks.guangzhouDepartment2021().withDefaultCostCap(d("5"));

    // 6 of 6 claimed on a cost row with no target, where at most 5 are allowed
    assertThat(findings(withDefaultCost("6").build(), capped, "JX-213")).singleElement()
        .satisfies(f -> {
          assertThat(f.getPath()).isEqualTo("$.entries[5].claimedScore");
          assertThat(f.getExpected()).hasValue("≤ 5");
          assertThat(f.getActual()).hasValue("6");
          assertThat(f.message(Locale.ENGLISH)).isEqualTo("'2.2.1 成本控制' is a cost indicator"
              + " with no target, left at its default, and claims 6 points: the rulebook allows"
              + " at most 5 for a default cost indicator");
        });
  }

  @Test
  void fivePointsATargetOrARulebookWithoutTheCapAreNotFlagged() {
    Rulebook capped = Rulebooks.guangzhouDepartment2021().withDefaultCostCap(d("5"));

    assertThat(findings(withDefaultCost("5").build(), capped, "JX-213")).isEmpty();
    assertThat(findings(withDefaultCost("6").build(), Rulebooks.guangzhouDepartment2021(), "JX-213"))
        .isEmpty();
    assertThat(findings(withDefaultCost("6").build(), "JX-213")).isEmpty();
    Draft declared = withDefaultCost("6");
    declared.indicators.set(declared.indicators.size() - 1,
        declared.indicators.get(declared.indicators.size() - 1).withTargetText("不超过预算"));
    assertThat(findings(declared.build(), capped, "JX-213")).isEmpty();
  }
}
