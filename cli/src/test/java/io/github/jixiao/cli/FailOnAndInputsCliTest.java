package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes as a policy ({@code --fail-on}, issue 19) and the inputs a batch reads: the Baiyun
 * seed draws 2 errors, 2 warnings and 18 infos under its rulebook; the training project draws no
 * error and 10 warnings (with its declaration and July report beside it, 13).
 */
class FailOnAndInputsCliTest {

  private static final Path TRAINING = Path.of("..", "examples", "training-2021",
      "evaluation.json");

  @TempDir
  Path dir;

  @Test
  void scoreSucceedsWhenScoringWorkedAndCheckFailsOnErrors() {
    assertThat(Cli.run("score", Cli.BAIYUN.toString()).exit()).isEqualTo(Jixiao.OK);
    assertThat(Cli.run("score", "--fail-on", "error", Cli.BAIYUN.toString()).exit())
        .isEqualTo(Jixiao.ERROR_FINDINGS);
    assertThat(Cli.run("check", Cli.BAIYUN.toString()).exit()).isEqualTo(Jixiao.ERROR_FINDINGS);
    assertThat(Cli.run("check", "--fail-on", "never", Cli.BAIYUN.toString()).exit())
        .isEqualTo(Jixiao.OK);
  }

  @Test
  void warningsFailOnlyWhenAskedAndTheChineseWordsAreAccepted() {
    // the training project: warnings, no error
    assertThat(Cli.run("check", TRAINING.toString()).exit()).isEqualTo(Jixiao.OK);
    assertThat(Cli.run("check", "--fail-on", "warning", TRAINING.toString()).exit())
        .isEqualTo(Jixiao.ERROR_FINDINGS);
    assertThat(Cli.run("check", "--fail-on", "警告", TRAINING.toString()).exit())
        .isEqualTo(Jixiao.ERROR_FINDINGS);
    assertThat(Cli.run("check", "--fail-on=WARNING", TRAINING.toString()).exit())
        .isEqualTo(Jixiao.ERROR_FINDINGS);
  }

  @Test
  void anUnknownPolicyIsAUsageError() {
    Cli.Run run = Cli.run("check", "--lang", "en", "--fail-on", "sometimes", TRAINING.toString());

    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run.err()).contains("--fail-on").contains("sometimes");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aDirectoryIsReadAllTheWayDownHiddenOnesAside() throws Exception {
    Path deep = dir.resolve("2021").resolve("一处");
    Files.createDirectories(deep);
    Files.createDirectories(dir.resolve(".git"));
    Files.copy(Cli.BAIYUN, dir.resolve("2021").resolve("a.json"));
    Files.copy(Cli.BAIYUN, deep.resolve("b.json"));
    Files.copy(Cli.BAIYUN, dir.resolve(".git").resolve("c.json"));

    Cli.Run run = Cli.run("validate", dir.toString());

    assertThat(run.outLines()).containsExactly(
        dir.resolve("2021").resolve("a.json") + ": 有效（jixiao/self-evaluation/2）",
        deep.resolve("b.json") + ": 有效（jixiao/self-evaluation/2）",
        "2 个文件：有效 2 个，无效 0 个，无法读取 0 个");
    assertThat(run.exit()).isEqualTo(Jixiao.OK);
  }

  @Test
  void namesThatHoldNothingToReadAreBadInput() throws Exception {
    Files.createDirectories(dir.resolve("empty").resolve("below"));

    Cli.Run run = Cli.run("check", "--lang", "en", dir.resolve("empty").toString());

    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run.errLines()).containsExactly("no file to read in " + dir.resolve("empty")
        + ": name documents, or directories holding them");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anInvalidDocumentAndAMissingFileAreCountedApart() throws Exception {
    Path invalid = dir.resolve("invalid.json");
    Files.writeString(invalid, "{\"format\": \"jixiao/self-evaluation/2\"}");

    Cli.Run run = Cli.run("score", invalid.toString(), dir.resolve("missing.json").toString(),
        Cli.BAIYUN.toString());

    assertThat(run.outLines()).last().asString()
        .startsWith("3 个文件：已评分 1 个，无效 1 个，无法读取 1 个；");
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }
}
