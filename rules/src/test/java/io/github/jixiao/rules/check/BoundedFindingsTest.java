package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.rules.result.CheckReport;

import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Task;
import io.github.jixiao.rules.check.Fixture.Draft;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A finding names at most ten items and counts the rest (issue 11, defect 13: a JX-401 message of
 * 218 853 characters made a check report Jixiao's own reader refused).
 */
class BoundedFindingsTest {

  private static final int N = 10_000;

  @Test
  void tenThousandMissedTargetsAndShortTasksAreNamedTenAtATime() {
    Draft draft = new Draft();
    draft.indicators.add(Fixture.group("1", "一级", 1, null, "100"));
    draft.indicators.add(Fixture.group("1.1", "二级", 2, "1", "100"));
    for (int i = 0; i < N; i++) {
      String code = "1.1." + i;
      draft.indicators.add(Fixture.quantitative(code, "指标" + i, "1.1", "0.01",
          Direction.AT_LEAST, "2", null));
      draft.entries.add(Fixture.entry(code, "1", "0.01"));
      draft.tasks.add(Task.builder().code("t" + i).title("任务" + i).plannedCount(2)
          .completedCount(1).build());
    }
    draft.claims.add(Fixture.allTargetsMet());
    draft.claims.add(NarrativeClaim.builder().kind(ClaimKind.ALL_TASKS_COMPLETED)
        .quote("各项工作任务全部完成".repeat(20)).build());

    CheckReport report = Checks.standard().run(draft.build());

    assertThat(report.findings("JX-401")).singleElement().satisfies(f -> {
      // The seed budget's 97.16 % execution is the first miss: 10 001 in all, 10 named.
      assertThat(f.message(Locale.ENGLISH)).endsWith("'1.1.8 指标8' is 1 against a target ≥ 2;"
          + " and 9991 more").doesNotContain("1.1.9 ");
      assertThat(f.message(Locale.CHINESE)).endsWith("指标“1.1.8 指标8”完成值为 1，目标为 ≥ 2；等另外 9991 项");
      assertThat(f.message(Locale.ENGLISH).length()).isLessThan(1_000);
      assertThat(f.getActual()).hasValue("10001");
      // Ten items and a count, whatever the evaluation's size: the message is as small as its text.
      assertThat(f.getMessage().toString().length()).isLessThan(5_000);
    });
    assertThat(report.findings("JX-402")).singleElement().satisfies(f -> {
      assertThat(f.message(Locale.ENGLISH)).startsWith("the report claims \""
          + "各项工作任务全部完成".repeat(6) + "…\" but '任务0' did 1 of 2; ")
          .endsWith("'任务9' did 1 of 2; and 9990 more");
      assertThat(f.message(Locale.CHINESE)).endsWith("“任务9”计划 2，完成 1；等另外 9990 项");
      assertThat(f.getExpected()).hasValue("0");
      assertThat(f.getActual()).hasValue("10000");
    });
  }
}
