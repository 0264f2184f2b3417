package io.github.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.ExtractedItem;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.ReportFormat;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.Staffing;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.report.extract.ReportDrafts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Figures as reports write them (报告中的数字), each read exactly: amounts in 元, 万元 and 亿元, with
 * thousands separators and in full-width digits, at the decimals printed; a budget whose figures
 * are printed in two units kept in the smaller; self-scores and grades; rates with their parts;
 * staffing; claims, and claims denied. Dates, document numbers (财预〔2020〕10号) and telephone
 * numbers in the same sentences are never read as figures. Every expected value is the report's
 * own, worked out by hand.
 */
class FiguresTest {

  /** The draft of a report of {@code paragraphs}, after a title that gives the year. */
  static DraftEvaluation draft(String... paragraphs) {
    List<Paragraph> list = new ArrayList<>();
    list.add(paragraph(1, "某单位2021年部门整体支出绩效自评报告"));
    list.add(paragraph(2, "一、基本情况"));
    for (String p : paragraphs) {
      list.add(paragraph(list.size() + 1, p));
    }
    return ReportDrafts.standard().draft(new ReportText("test.txt", ReportFormat.TEXT,
        Optional.of("UTF-8"), Optional.empty(), list, List.of(), List.of()));
  }

  private static Paragraph paragraph(int index, String text) {
    return new Paragraph(index, text, Optional.empty(), Optional.empty(), OptionalInt.empty());
  }

  static SelfEvaluation evaluation(String... paragraphs) {
    return draft(paragraphs).getEvaluation().orElseThrow();
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void amountsInYuanWithThousandsSeparatorsAreReadInYuan() {
    Budget budget = evaluation("全年预算数 2,827,969.00 元，执行数 2,765,432.10 元。").getBudget();

    assertThat(budget.getUnit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(budget.getFullYear()).isEqualTo(d("2827969.00"));
    assertThat(budget.getExecuted()).isEqualTo(d("2765432.10"));
  }

  @Test
  void amountsInWanYuanWithSeparatorsAndTheRateWithItsParts() {
    SelfEvaluation e = evaluation("全年预算数为282,796.90万元，执行数为280,000.00万元，执行率为99.01%。");

    assertThat(e.getBudget().getUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(e.getBudget().getFullYear()).isEqualTo(d("282796.90"));
    assertThat(e.getStatedFigures()).singleElement().satisfies(f -> {
      assertThat(f.getCode()).isEqualTo("execution-rate");
      assertThat(f.getStatedValue()).isEqualTo(d("99.01"));
      assertThat(f.getPrecision()).isEqualTo(2);
      // 280000.00 ÷ 282796.90 = 99.011 % : the parts are the sentence's own amounts
      assertThat(f.getNumerator()).contains(d("280000.00"));
      assertThat(f.getDenominator()).contains(d("282796.90"));
    });
  }

  @Test
  void aBudgetInYiYuanAndWanYuanIsKeptInWanYuanExactlyAndTheConversionNoted() {
    DraftEvaluation draft = draft("全年预算数 3.36 亿元，实际支出 33,000.50 万元。");
    Budget budget = draft.getEvaluation().orElseThrow().getBudget();

    assertThat(budget.getUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(budget.getFullYear()).isEqualTo(d("33600"));
    assertThat(budget.getExecuted()).isEqualTo(d("33000.50"));
    assertThat(draft.getExtraction().getNotes())
        .contains("“全年预算数 3.36 亿元”按预算的金额单位记为 33600 万元");
    assertThat(item(draft, "$.budget.fullYear").getWritten()).isEqualTo("全年预算数 3.36 亿元");
  }

  @Test
  void fullWidthDigitsPointsPercentAndCommasAreReadAndQuotedAsPrinted() {
    DraftEvaluation draft = draft("全年预算数３３０６．１９万元，执行数３，２１２．３７万元，完成预算的９７．１６％。");
    SelfEvaluation e = draft.getEvaluation().orElseThrow();

    assertThat(e.getBudget().getFullYear()).isEqualTo(d("3306.19"));
    assertThat(e.getBudget().getExecuted()).isEqualTo(d("3212.37"));
    assertThat(e.getStatedFigures()).singleElement().satisfies(f -> {
      assertThat(f.getStatedValue()).isEqualTo(d("97.16"));
      assertThat(f.getPrecision()).isEqualTo(2);
    });
    assertThat(item(draft, "$.budget.executed").getWritten()).isEqualTo("执行数３，２１２．３７万元");
  }

  @Test
  void theDecimalsPrintedAreThePrecisionKept() {
    assertThat(evaluation("全年预算数 3306.190 万元，执行数 3212.37 万元，完成预算的 97.2%。")
        .getStatedFigures()).singleElement().satisfies(f -> {
          assertThat(f.getStatedValue()).isEqualTo(d("97.2"));
          assertThat(f.getPrecision()).isEqualTo(1);
        });
    assertThat(evaluation("全年预算数 3306.190 万元，执行数 3212.37 万元，完成预算的 97%。")
        .getBudget().getFullYear()).isEqualTo(d("3306.190"));
  }

  @Test
  void datesDocumentNumbersAndTelephonesAreNeverFigures() {
    DraftEvaluation draft = draft(
        "根据财预〔2020〕10号文件，截至2021年12月31日，全年预算数 3306.19 万元，执行数 3212.37 万元。",
        "联系电话：020-86612345，手机 13812345678，2022年3月1日填报。",
        "投诉电话13812345678，受理投诉 40 件，办结 38 件，办结率 95%。",
        "本项工作于5月份完成，依据粤财绩〔2021〕3号文。");
    SelfEvaluation e = draft.getEvaluation().orElseThrow();

    assertThat(e.getBudget().getFullYear()).isEqualTo(d("3306.19"));
    assertThat(e.getBudget().getExecuted()).isEqualTo(d("3212.37"));
    assertThat(e.getStatedFigures()).singleElement().satisfies(f -> {
      assertThat(f.getStatedValue()).isEqualTo(d("95"));
      assertThat(f.getNumerator()).contains(d("38"));
      assertThat(f.getDenominator()).contains(d("40"));
    });
    assertThat(e.getClaimedTotal()).isEmpty();
    assertThat(draft.getExtraction().getItems()).extracting(ExtractedItem::getWritten)
        .noneMatch(w -> w.contains("2020") || w.contains("86612345") || w.contains("138")
            || w.contains("5月"));
  }

  @Test
  void aScoreInAPhoneNumberIsNotAScore() {
    assertThat(draft("全年预算数 100 万元，执行数 90 万元。", "自评热线 13812345678 分机").getEvaluation()
        .orElseThrow().getClaimedTotal()).isEmpty();
  }

  @Test
  void scoresAndGrades() {
    SelfEvaluation e = evaluation("全年预算数 100 万元，执行数 90 万元。", "二、综合评价分析",
        "综合评分为97分，等次为优秀。");
    assertThat(e.getClaimedTotal()).contains(d("97"));
    assertThat(e.getClaimedGrade()).contains(Grade.EXCELLENT);

    SelfEvaluation good = evaluation("全年预算数 100 万元，执行数 90 万元。", "自评得分：93.5分，自评等级：良。");
    assertThat(good.getClaimedTotal()).contains(d("93.5"));
    assertThat(good.getClaimedGrade()).contains(Grade.GOOD);
  }

  @Test
  void twoDifferentSelfScoresAreNotedAndTheSurestKept() {
    DraftEvaluation draft = draft("全年预算数 100 万元，执行数 90 万元。", "本单位自评为 92 分。",
        "二、综合评价分析", "(一)自评结论综述", "本单位2021年部门整体支出绩效自评为 94 分。");

    // the score in 自评结论综述 is read at high confidence, the one in 基本情况 at medium
    assertThat(draft.getEvaluation().orElseThrow().getClaimedTotal()).contains(d("94"));
    assertThat(draft.getExtraction().getNotes()).contains(
        "自评得分：第 4 段另载明“自评为 92 分”，与采用的第 7 段“自评为 94 分”不同：请核对");
    assertThat(draft.getExtraction().getItems()).filteredOn(i -> i.getItem().equals("claimedTotal"))
        .extracting(i -> i.getPath().orElse("none"))
        .containsExactly("none", "$.claimedTotal");
  }

  @Test
  void aRateWithBothPartsIsAStatedFigureAtThePrecisionPrinted() {
    StatedFigure f = evaluation("全年预算数 100 万元，执行数 90 万元。",
        "受理群众投诉 20 件，办结 19 件，办结率 95%。").getStatedFigures().get(0);

    assertThat(f.getName()).isEqualTo("受理群众投诉办结率");
    assertThat(f.getKind()).isEqualTo(FigureKind.RATE);
    assertThat(f.getStatedValue()).isEqualTo(d("95"));
    assertThat(f.getPrecision()).isZero();
    assertThat(f.getNumerator()).contains(d("19"));
    assertThat(f.getDenominator()).contains(d("20"));
    assertThat(f.getQuote()).contains("受理群众投诉 20 件，办结 19 件，办结率 95%。");
  }

  @Test
  void staffingBothOrOneNoted() {
    SelfEvaluation e = evaluation("全年预算数 100 万元，执行数 90 万元。", "本局核定编制 30 名，实有人数 28 人。");
    assertThat(e.getDepartment().getStaffing()).contains(Staffing.builder().authorisedPosts(30)
        .staffInPost(28).build());

    DraftEvaluation half = draft("全年预算数 100 万元，执行数 90 万元。", "本局核定编制 30 名。");
    assertThat(half.getEvaluation().orElseThrow().getDepartment().getStaffing()).isEmpty();
    assertThat(half.getExtraction().getNotes()).contains(
        "“核定编制 30 名”：报告只载明编制数和实有人数中的一项；提取稿未填人员编制");
    assertThat(half.getExtraction().getNotFound()).contains("staffing.staffInPost")
        .doesNotContain("staffing.authorisedPosts");
  }

  @Test
  void unitsCountedAndNamedAndCountedOnly() {
    DraftEvaluation draft = draft("全年预算数 100 万元，执行数 90 万元。", "(一)部门概况",
        "本局设3个业务科室，分别是预算科、国库科、绩效科。内设 2 个直属单位。");

    assertThat(draft.getEvaluation().orElseThrow().getDepartment().getUnits())
        .extracting(u -> u.getName() + "/" + u.getCategory().orElse(""))
        .containsExactly("预算科/业务科室", "国库科/业务科室", "绩效科/业务科室");
    assertThat(draft.getExtraction().getNotes())
        .contains("“内设 2 个直属单位”：报告只载明机构数量，未列名称；提取稿的内设机构未包括这些机构");
  }

  @Test
  void claimsAndClaimsDenied() {
    SelfEvaluation e = evaluation("全年预算数 100 万元，执行数 90 万元。",
        "全年各项绩效指标均已完成，圆满完成了全年各项工作任务。",
        "但部分项目未能全面完成绩效目标，难以全面实现绩效目标。");

    assertThat(e.getNarrativeClaims()).extracting(NarrativeClaim::getKind, NarrativeClaim::getQuote)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ClaimKind.ALL_TARGETS_MET, "各项绩效指标均已完成"),
            org.assertj.core.groups.Tuple.tuple(ClaimKind.ALL_TASKS_COMPLETED, "圆满完成了全年各项工作任务"));
  }

  @Test
  void withoutTheBudgetThereIsNoEvaluationAndTheItemsHaveNoPath() {
    DraftEvaluation draft = draft("本单位全面完成绩效目标任务。", "本单位绩效自评为 90 分。");

    assertThat(draft.getEvaluation()).isEmpty();
    assertThat(draft.getExtraction().getNotFound()).contains("budget.fullYear", "budget.executed");
    assertThat(draft.getExtraction().getNotes())
        .contains("报告未同时载明全年预算数和执行数：提取稿没有自评内容，只有提取项");
    assertThat(draft.getExtraction().getItems()).isNotEmpty()
        .allSatisfy(i -> assertThat(i.getPath()).isEmpty());
  }

  private static ExtractedItem item(DraftEvaluation draft, String path) {
    return draft.getExtraction().getItems().stream()
        .filter(i -> i.getPath().equals(Optional.of(path))).findFirst().orElseThrow();
  }
}
