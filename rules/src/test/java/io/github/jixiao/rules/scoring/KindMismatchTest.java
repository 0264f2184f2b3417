package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.jixiao.rules.result.ScoreCard;

import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "Kind mismatch": the Baiyun department-wide (部门整体支出) report scored under the MoF
 * project (项目支出) rulebook silently gave a number. A rulebook states the kind it scores; another
 * kind is refused naming both, or — when the caller asks to proceed — scored with a note.
 */
class KindMismatchTest {

  @Test
  void aDepartmentWideEvaluationUnderAProjectRulebookIsRefusedNamingBothKinds() {
    assertThat(BaiyunFixture.asEncoded().getKind()).isEqualTo(EvaluationKind.DEPARTMENT_WIDE);
    assertThat(Rulebooks.mofProject2020().getEvaluationKind()).contains(EvaluationKind.PROJECT);

    assertThatThrownBy(() -> Scorer.standard().score(BaiyunFixture.asEncoded(),
        Rulebooks.mofProject2020()))
        .isInstanceOfSatisfying(ScoringException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("the rulebook 'mof-project-2020' scores project"
              + " spending evaluations, but this evaluation is of department-wide spending:"
              + " scored under it, its points would mean nothing; choose a rulebook for"
              + " department-wide spending evaluations (built in: mof-dept-2013, gz-dept-2021,"
              + " dz-dept, yy-dept, cq-dept),"
              + " or ask to proceed with a note on the card (Scorer.proceedingOnKindMismatch();"
              + " jixiao --any-kind)");
          assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("评分办法“mof-project-2020”适用于项目支出绩效自评，"
              + "而本自评为部门整体支出绩效自评，按其评分没有意义；请选用适用于部门整体支出的评分办法（内置："
              + "mof-dept-2013、gz-dept-2021、dz-dept、yy-dept、cq-dept），或明确要求继续评分并在评分表中注明"
              + "（Scorer.proceedingOnKindMismatch()；命令行 jixiao --any-kind）");
          assertThat(e.ruleType()).isEmpty();
          assertThat(e.indicatorCode()).isEmpty();
        });
  }

  @Test
  void proceedingScoresWithANoteNamingBothKinds() {
    ScoreCard card = Scorer.standard().proceedingOnKindMismatch()
        .score(BaiyunFixture.asEncoded(), Rulebooks.mofProject2020());

    // 预算执行率 10 × 3212.37 ÷ 3306.19 (97.162293 %) = 9.72
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualByComparingTo("9.72");
    assertThat(card.getNotes()).filteredOn(n -> n.getKey().equals("note.rulebook-kind"))
        .singleElement().satisfies(n -> {
          assertThat(n.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("评分办法 mof-project-2020"
              + " 适用于项目支出绩效自评，本自评为部门整体支出，应调用方要求仍按其评分，得分仅供参考");
          assertThat(n.render(Locale.ENGLISH)).isEqualTo("rulebook mof-project-2020 is for"
              + " project spending evaluations and this one is of department-wide spending;"
              + " scored under it as the caller asked, for reference only");
        });
  }

  @Test
  void aRulebookOfTheSameKindOrOfNoStatedKindGivesNoNote() {
    ScoreCard card = Scorer.standard().proceedingOnKindMismatch()
        .score(BaiyunFixture.asEncoded(), Rulebooks.guangzhouDepartment2021());

    assertThat(card.getNotes()).noneMatch(n -> n.getKey().equals("note.rulebook-kind"));
    assertThat(card.getTotal().orElseThrow()).isEqualByComparingTo("89.72");
  }
}
