package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao check DIR} over two units' project evaluations that both self-score 100 and share a
 * deviation reason word for word: the batch's own findings (JX-801, JX-802) after the files'.
 */
class BatchReviewCliTest {

  private static final Path TRAINING = Path.of("..", "examples", "training-2021",
      "evaluation.json");
  private static final String COPIED = "受疫情影响部分培训班延期至次年举办，培训费用于次年初结算";

  @TempDir
  Path dir;

  private void twoUnitsAtAHundred() throws Exception {
    String text = Files.readString(TRAINING).replace("部分培训费用于次年初结算", COPIED)
        .replace("\"claimedTotal\": 86.44", "\"claimedTotal\": 100");
    Files.writeString(dir.resolve("a.json"), text);
    Files.writeString(dir.resolve("b.json"), text.replace("\"code\": \"219\"",
        "\"code\": \"220\""));
  }

  @Test
  void twoUnitsAtAHundredWithTheSameReasonAreSaidOfTheBatch() throws Exception {
    twoUnitsAtAHundred();

    Cli.Run run = Cli.run("check", dir.toString());

    assertThat(run.outLines()).contains("本批整体的审核发现：2 条",
        "  警告 JX-801  本批 2 个项目的自评均为 100 分：自评未对项目作出区分");
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("  警告 JX-802  文字“"
        + COPIED + "”在 2 个单位的自评中逐字相同（"));
  }

  @Test
  void withJsonTheLinesAreTheFilesReportsAndTheBatchsFindingsAreOnStandardError()
      throws Exception {
    twoUnitsAtAHundred();

    Cli.Run run = Cli.run("check", "--json", "--lang", "en", dir.toString());

    assertThat(run.outLines()).hasSize(2);
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(run.outLines().get(0)).path("input").path("path").asText())
        .endsWith("a.json");
    assertThat(mapper.readTree(run.outLines().get(1)).path("input").path("path").asText())
        .endsWith("b.json");
    assertThat(run.out()).doesNotContain("JX-801");
    assertThat(run.err()).contains("JX-801  all 2 project evaluations of the batch self-scored"
        + " 100: the self-evaluation tells no project from another").contains("JX-802");
  }

  @Test
  void oneFileNamedIsOneLineLikeAnyOther() throws Exception {
    Cli.Run run = Cli.run("check", "--json", TRAINING.toString());

    assertThat(run.outLines()).singleElement()
        .satisfies(l -> assertThat(new ObjectMapper().readTree(l).isObject()).isTrue());
  }
}
