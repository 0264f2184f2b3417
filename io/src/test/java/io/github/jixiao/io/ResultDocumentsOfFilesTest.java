package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.InputFile;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.spi.ConsistencyCheck;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Version 4 of the score card and the check report: the file a result is of ({@code input}), and
 * one code per finding — {@code checkCode} only for a check that failed (JX-000).
 */
class ResultDocumentsOfFilesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JixiaoJson json = JixiaoJson.standard();

  @Test
  void aScoreCardNamesItsFileAndSheetAndIsReadBackEqual() throws Exception {
    ScoreCard card = Scorer.standard().score(BaiyunEvaluation.everyField(),
        Rulebooks.guangzhouDepartment2021())
        .withInput(InputFile.of("2021/白云区.xlsx", Optional.of("项目2")));

    String line = json.writeLine(DocumentType.SCORE_CARD, card);

    JsonNode tree = MAPPER.readTree(line);
    assertThat(tree.path("format").asText()).isEqualTo("jixiao/score-card/4");
    assertThat(tree.path("input").path("path").asText()).isEqualTo("2021/白云区.xlsx");
    assertThat(tree.path("input").path("sheet").asText()).isEqualTo("项目2");
    assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
    assertThat(json.readScoreCard(line)).isEqualTo(card);
  }

  @Test
  void aFindingWritesOneCodeAndReadsItAsTheChecksCode() throws Exception {
    CheckReport report = Checks.standard().run(BaiyunEvaluation.evaluation(),
        Rulebooks.guangzhouDepartment2021()).withInput(InputFile.of("baiyun.json"));

    String text = json.write(report);

    JsonNode first = MAPPER.readTree(text).path("findings").get(0);
    assertThat(first.has("code")).isTrue();
    assertThat(first.has("checkCode")).isFalse();
    CheckReport read = json.readCheckReport(text);
    assertThat(read).isEqualTo(report);
    assertThat(read.getFindings()).allSatisfy(f -> assertThat(f.getCheckCode())
        .isEqualTo(f.getCode()));
    assertThat(read.getInput()).contains(InputFile.of("baiyun.json"));
  }

  @Test
  void aCheckThatFailedNamesItselfBesideJx000AndKeepsItThroughTheDocument() {
    ConsistencyCheck broken = new ConsistencyCheck() {
      @Override
      public String code() {
        return "GZ-001";
      }

      @Override
      public Severity severity() {
        return Severity.WARNING;
      }

      @Override
      public Message description() {
        return Message.custom("gz.check.broken", "总是出错", "always fails");
      }

      @Override
      public List<Finding> check(CheckContext context) {
        throw new IllegalStateException("broken on purpose");
      }
    };
    CheckReport report = Checks.none().with(broken).run(BaiyunEvaluation.evaluation());
    assertThat(report.getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getCode()).isEqualTo("JX-000");
      assertThat(f.getCheckCode()).isEqualTo("GZ-001");
    });

    String text = json.write(report);

    assertThat(text).contains("\"code\": \"JX-000\"").contains("\"checkCode\": \"GZ-001\"");
    assertThat(json.readCheckReport(text)).isEqualTo(report);
  }
}
