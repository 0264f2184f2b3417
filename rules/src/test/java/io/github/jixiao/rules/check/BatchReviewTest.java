package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.check.BatchReview.BatchFinding;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The review of a batch (批量复核): every project self-scored 100 (JX-801), and a text copied word
 * for word across units (JX-802), from lifecycle.md §4's list of what reviewers find.
 */
class BatchReviewTest {

  private static final String COPIED = "项目实施过程中严格执行资金管理办法，确保专款专用，服务对象满意度较高";

  private static SelfEvaluation project(String department, String total, String problem) {
    SelfEvaluation e = Fixture.consistent().build();
    return e.withKind(EvaluationKind.PROJECT)
        .withDepartment(e.getDepartment().withCode(department))
        .withClaimedTotal(d(total))
        .withProblems(Problem.builder().text(problem).addArea("预算执行").build());
  }

  @Test
  void threeProjectsAllAtAHundredAndATextCopiedAcrossTwoUnitsAreSaid() {
    BatchReview batch = new BatchReview();
    batch.add("a.json", project("unit-a", "100", COPIED));
    batch.add("b.json", project("unit-b", "100", COPIED));
    batch.add("c.json", project("unit-c", "100", "培训场地紧张，部分课程改为线上举办，效果有所下降"));

    assertThat(batch.findings()).extracting(BatchFinding::code).containsExactly("JX-801",
        "JX-802");
    assertThat(batch.findings().get(0).message().render(Locale.CHINESE))
        .isEqualTo("本批 3 个项目的自评均为 100 分：自评未对项目作出区分");
    BatchFinding copied = batch.findings().get(1);
    assertThat(copied.sources()).containsExactly("a.json", "b.json");
    // the text is 34 characters, shown whole (at most 40)
    assertThat(copied.message().render(Locale.CHINESE)).isEqualTo("文字“" + COPIED
        + "”在 2 个单位的自评中逐字相同（a.json、b.json）：可能套用了其他单位的模板");
  }

  @Test
  void oneUnitRepeatingItselfOneProjectBelowAHundredAndShortTextsAreNothing() {
    BatchReview batch = new BatchReview();
    batch.add("a.json", project("unit-a", "100", COPIED));
    batch.add("a2.json", project("unit-a", "92.5", COPIED));   // the same unit, twice
    batch.add("b.json", project("unit-b", "100", "资金到位较晚"));  // 6 characters

    assertThat(batch.findings()).isEmpty();
  }
}
