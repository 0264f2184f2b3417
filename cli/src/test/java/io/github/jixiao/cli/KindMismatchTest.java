package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.cli.Cli.Run;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "Kind mismatch": {@code --rulebook mof-project-2020} on the Baiyun department-wide
 * report gave 30.00 / 96.25 without a word. Now the file is refused, naming both kinds; exit 2.
 */
class KindMismatchTest {

  @Test
  void aDepartmentWideReportUnderTheProjectRulebookExitsTwoNamingBothKinds() {
    Run run = Cli.run("score", Cli.BAIYUN.toString(), "--rulebook", "mof-project-2020");

    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run.errLines()).containsExactly(Cli.BAIYUN + ": 无法评分：评分办法“mof-project-2020”"
        + "适用于项目支出绩效自评，而本自评为部门整体支出绩效自评，按其评分没有意义；请选用适用于部门整体支出的"
        + "评分办法（内置：mof-dept-2013、gz-dept-2021、dz-dept、yy-dept、cq-dept），或明确要求继续评分并在评分表中注明"
        + "（Scorer.proceedingOnKindMismatch()；命令行 jixiao --any-kind）");
    assertThat(run.outLines()).containsExactly("1 个文件：已评分 0 个，无效 0 个，无法读取 1 个");
  }

  @Test
  void inEnglishToo() {
    Run run = Cli.run("score", "--lang", "en", Cli.BAIYUN.toString(), "--rulebook",
        "mof-project-2020");

    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run.err()).contains("the rulebook 'mof-project-2020' scores project spending"
        + " evaluations, but this evaluation is of department-wide spending");
  }

  @Test
  void askedToProceedItScoresAndTheCardSaysSo() {
    Run run = Cli.run("score", "--any-kind", Cli.BAIYUN.toString(), "--rulebook",
        "mof-project-2020");

    assertThat(run.errLines()).isEmpty();
    assertThat(run.outLines()).contains("说明：评分办法 mof-project-2020 适用于项目支出绩效自评，"
        + "本自评为部门整体支出，应调用方要求仍按其评分，得分仅供参考");
    assertThat(run.exit()).isNotEqualTo(Jixiao.BAD_INPUT);
  }
}
