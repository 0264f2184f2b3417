package io.github.jixiao.rules.books;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.lint.LintProblem;
import io.github.jixiao.rules.lint.RulebookLint;
import io.github.jixiao.rules.rulebook.ProvenanceStatus;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of shipped rulebooks as a whole: what each one is (status, region, years, kind),
 * and that each one not wholly confirmed says so — its assumptions listed and a notice for every
 * card scored under it.
 */
class ShippedRulebooksTest {

  private static String region(Rulebook book) {
    return book.getRegion().map(r -> r.describe().render(Locale.SIMPLIFIED_CHINESE)).orElse("—");
  }

  @Test
  void theCatalogueListsEveryShippedRulebookWithItsStatusRegionAndYears() {
    assertThat(Rulebooks.all()).extracting(Rulebook::getId,
            b -> b.getProvenance().getStatus(), ShippedRulebooksTest::region,
            b -> b.describeYears().render(Locale.SIMPLIFIED_CHINESE),
            b -> b.getEvaluationKind().orElseThrow())
        .containsExactly(
            tuple("mof-project-2020", ProvenanceStatus.CONFIRMED, "全国", "2020 年度起",
                EvaluationKind.PROJECT),
            tuple("mof-dept-2013", ProvenanceStatus.CONFIRMED, "全国", "2013 年度起",
                EvaluationKind.DEPARTMENT_WIDE),
            tuple("gz-dept-2021", ProvenanceStatus.RECONSTRUCTED, "广东省广州市", "2021 年度",
                EvaluationKind.DEPARTMENT_WIDE),
            tuple("ah-project", ProvenanceStatus.PARTLY_CONFIRMED, "安徽省", "不限年度",
                EvaluationKind.PROJECT),
            tuple("sc-project-2023", ProvenanceStatus.PARTLY_CONFIRMED, "四川省", "2023 年度起",
                EvaluationKind.PROJECT),
            tuple("municipal-project-2020", ProvenanceStatus.PARTLY_CONFIRMED, "—",
                "2020 年度起", EvaluationKind.PROJECT),
            tuple("dz-dept", ProvenanceStatus.PARTLY_CONFIRMED, "四川省达州市", "不限年度",
                EvaluationKind.DEPARTMENT_WIDE),
            tuple("dz-project", ProvenanceStatus.PARTLY_CONFIRMED, "四川省达州市", "不限年度",
                EvaluationKind.PROJECT),
            tuple("yy-dept", ProvenanceStatus.PARTLY_CONFIRMED, "湖南省岳阳市", "不限年度",
                EvaluationKind.DEPARTMENT_WIDE),
            tuple("cq-dept", ProvenanceStatus.PARTLY_CONFIRMED, "—", "不限年度",
                EvaluationKind.DEPARTMENT_WIDE),
            tuple("vendor-project-default", ProvenanceStatus.PARTLY_CONFIRMED, "—", "不限年度",
                EvaluationKind.PROJECT),
            tuple("research-project-bands", ProvenanceStatus.PARTLY_CONFIRMED, "—", "不限年度",
                EvaluationKind.PROJECT));
  }

  @Test
  void everyRulebookNotWhollyConfirmedListsItsAssumptionsAndWarnsOnEveryCard() {
    for (Rulebook book : Rulebooks.all()) {
      if (book.getProvenance().getStatus() == ProvenanceStatus.CONFIRMED) {
        continue;
      }
      assertThat(book.getProvenance().getAssumptions()).as(book.getId()).isNotEmpty();
      assertThat(book.getProvenance().getNotice()).as(book.getId()).isPresent();
      // No document number is invented: only the ministry's two forms carry one.
      assertThat(book.getProvenance().getDocumentNumber()).as(book.getId()).isEmpty();
    }
  }

  @Test
  void everyShippedRulebookScoresAndTheCheckFindsNoError() {
    for (Rulebook book : Rulebooks.all()) {
      assertThat(Scorer.standard().verify(book)).as(book.getId()).isEmpty();
      assertThat(RulebookLint.standard().check(book, Scorer.standard())).as(book.getId())
          .noneMatch(LintProblem::isError);
    }
  }
}
