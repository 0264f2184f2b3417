package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code jixiao check} on a project evaluation (examples/training-2021, under mof-project-2020)
 * whose 数量指标 holds 资金支付率 and whose 培训人次 reached 1250 against ≥ 1000: the reviewers'
 * standard 10 (JX-601) and over-achievement (JX-209) are reported with their codes.
 */
class ReviewStandardsCliTest {

  private static final Path TRAINING = Path.of("..", "examples", "training-2021",
      "evaluation.json");

  @Test
  void aMoneyQuantityAndA125PercentActualAreReportedWithTheirCodes() {
    Cli.Run run = Cli.run("check", TRAINING.toString());

    // 1250 ÷ 1000 = 125.00 % ≥ 120 %; 资金支付率 is the second leaf under T2.1 数量指标 (indicators[4])
    assertThat(run.outLines()).contains("  警告 JX-209  $.entries[1].actual  指标“T2.1.1 培训人次”完成值为"
        + " 1250，目标 ≥ 1000，完成 125.00%，达到目标的 1.2 倍以上：目标可能定得偏低，得分可适度调减；请说明超计划完成的原因或调整目标");
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l)
        .startsWith("  警告 JX-601  $.indicators[4].name  指标“T2.1.2 资金支付率”为数量指标"));
    // warnings only: exit 0
    assertThat(run.exit()).isZero();
  }
}
