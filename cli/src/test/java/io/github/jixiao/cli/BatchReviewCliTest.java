package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
  void withJsonTheBatchsFindingsAreTheArraysLastEntry() throws Exception {
    twoUnitsAtAHundred();

    Cli.Run run = Cli.run("check", "--json", "--lang", "en", dir.toString());

    JsonNode all = new ObjectMapper().readTree(run.out());
    assertThat(all.size()).isEqualTo(3);
    assertThat(all.get(0).get("file").asText()).endsWith("a.json");
    assertThat(all.get(1).get("file").asText()).endsWith("b.json");
    JsonNode batch = all.get(2).get("batch");
    assertThat(all.get(2).has("file")).isFalse();
    assertThat(batch.findValuesAsText("code")).containsExactly("JX-801", "JX-802");
    assertThat(batch.get(0).get("severity").asText()).isEqualTo("WARNING");
    assertThat(batch.get(0).get("message").asText()).isEqualTo("all 2 project evaluations of the"
        + " batch self-scored 100: the self-evaluation tells no project from another");
    assertThat(batch.get(1).get("sources").size()).isEqualTo(2);
  }

  @Test
  void oneFileNamedStaysOneObject() throws Exception {
    Cli.Run run = Cli.run("check", "--json", TRAINING.toString());

    assertThat(new ObjectMapper().readTree(run.out()).isObject()).isTrue();
  }
}
