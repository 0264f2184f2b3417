package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.rules.result.CheckReport;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Duty;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.Task;
import io.github.jixiao.rules.check.Fixture.Draft;
import org.junit.jupiter.api.Test;

/**
 * All standard checks on one large evaluation find what they find at every element. Their cost
 * is measured where speed belongs, in the JMH suite ({@code benchmarks/}: growth from 30 to 300
 * indicators), never with a timed unit test.
 */
class LargeEvaluationTest {

  private static final int N = 5_000;

  @Test
  void everyStandardCheckReportsEachOfFiveThousandItems() {
    SelfEvaluation evaluation = large();

    CheckReport report = Checks.standard().run(evaluation);

    assertThat(report.findings("JX-406")).hasSize(N);
    assertThat(report.findings("JX-403")).hasSize(2 * (N - 1));
    assertThat(report.findings("JX-502")).isEmpty();
  }

  private static SelfEvaluation large() {
    Draft draft = new Draft();
    draft.indicators.add(Fixture.group("1", "一级", 1, null, "100"));
    draft.indicators.add(Fixture.group("1.1", "二级", 2, "1", "100"));
    for (int i = 0; i < N; i++) {
      String code = "1.1." + i;
      draft.indicators.add(Fixture.quantitative(code, "指标" + i, "1.1", "0.01",
          Direction.AT_LEAST, "2", null));
      draft.entries.add(Fixture.entry(code, "1", "0.01"));
      draft.duties.add(Duty.builder().code("d" + i).text("职责" + i).build());
      draft.tasks.add(Task.builder().code("t" + i).title("任务" + i).key(i % 2 == 0)
          .addDutyCode("d" + i).build());
      draft.problems.add(Problem.builder().text("问题" + i).addIndicatorCode(code)
          .addArea("指标" + i).build());
    }
    draft.entries.set(0, Fixture.entry("1.1.0", "1", "0.00"));
    return draft.build();
  }
}
