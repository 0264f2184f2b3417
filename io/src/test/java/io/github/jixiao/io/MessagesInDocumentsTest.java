package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.JsonProblem.Kind;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What Jixiao says in a document (文档中的提示信息) — an explanation, a note, a finding, a reason —
 * is written as its key and arguments and rendered beside them in Chinese and English; reading
 * takes the key and arguments and ignores the rendering, and a message a document gets wrong is a
 * problem at its path in Jixiao's words.
 */
class MessagesInDocumentsTest {

  private final JixiaoJson json = JixiaoJson.standard();

  private static ScoreCard card() {
    return Scorer.standard().score(BaiyunEvaluation.everyField(),
        Rulebooks.guangzhouDepartment2021());
  }

  @Test
  void theRenderingIsWrittenForAReaderWithoutBundlesAndIgnoredWhenRead() {
    ScoreCard card = card();
    String written = json.write(card);
    String reworded = written.replace("\"zh\": \"重点工作办结率 100.00% ≥ 100%，得满分 25\"",
        "\"zh\": \"改过的文字\"");
    assertThat(reworded).isNotEqualTo(written);

    assertThat(json.readScoreCard(reworded)).isEqualTo(card);
    assertThat(json.write(json.readScoreCard(reworded))).isEqualTo(written);
  }

  @Test
  void aMessageInsideAnotherIsRenderedOnlyAsPartOfIt() {
    CheckReport report = Checks.standard().run(BaiyunEvaluation.evaluation(),
        Rulebooks.guangzhouDepartment2021());

    String written = json.write(report);

    // One rendering per finding and per check not run; the nested contradictions have none.
    assertThat(Pattern.compile("\"rendered\"").matcher(written).results().count())
        .isEqualTo(report.getFindings().size() + report.getChecksNotRun().size());
    assertThat(written).contains("\"key\": \"check.miss.execution-rate\"");
  }

  @Test
  void aRuleInputThatIsAMessageIsRenderedBesideIt() {
    String written = json.write(card());

    // 1.2 履职效果 is qualitative: its input "level" names the level reached, 达成.
    assertThat(written).contains("\"name\": \"level\",\n          \"message\": {\n"
        + "            \"key\": \"label.QualitativeLevel.ACHIEVED\",\n"
        + "            \"rendered\": {\n"
        + "              \"zh\": \"达成\",\n"
        + "              \"en\": \"achieved\"\n");
  }

  @Test
  void aKeyNoMessageMayHaveIsAProblemAtThePathOfTheMessage() {
    String broken = json.write(card()).replaceFirst("\"key\": \"proportional.met\"",
        "\"key\": \"proportional met!\"");

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readScoreCard(broken));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(p.jsonPath()).isEqualTo("$.indicators[0].explanation");
      assertThat(p.message(Locale.ENGLISH)).isEqualTo("not a message Jixiao can read: its key"
          + " \"proportional met!\" must be letters, digits, - and _ in parts joined by dots,"
          + " and its templates must name their arguments in braces");
      assertThat(p.message(Locale.CHINESE)).isEqualTo("不是可读取的提示信息：键 \"proportional met!\""
          + " 须由字母、数字、- 与 _ 组成并以点分隔，模板须以花括号引用参数");
    });
  }

  @Test
  void anArgumentWithTwoValuesIsAProblemAtItsPath() {
    String broken = json.write(card()).replaceFirst("\"text\": \"%\"",
        "\"text\": \"%\", \"number\": 1");

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readScoreCard(broken));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$.indicators[0].inputs[2]");
      assertThat(p.message(Locale.ENGLISH)).isEqualTo("the argument \"unit\" must have a name"
          + " and exactly one of \"number\", \"text\", \"message\", \"list\"");
      assertThat(p.message(Locale.CHINESE)).isEqualTo(
          "参数 \"unit\" 须有名称，且只能有以下之一：\"number\", \"text\", \"message\", \"list\"");
    });
  }

  @Test
  void aMapperOfOnesOwnWritesAndReadsAMessageTheSameWay() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new JixiaoModule()).build();
    Message missing = Message.of("io.shape.missing", Argument.text("field", "executed"),
        Argument.text("type", "Budget"));

    String written = mapper.writeValueAsString(missing);

    assertThat(written).isEqualTo("{\"key\":\"io.shape.missing\",\"arguments\":["
        + "{\"name\":\"field\",\"text\":\"executed\"},{\"name\":\"type\",\"text\":\"Budget\"}],"
        + "\"rendered\":{\"zh\":\"缺少必填字段 \\\"executed\\\"\","
        + "\"en\":\"missing required field \\\"executed\\\" of Budget\"}}");
    assertThat(mapper.readValue(written, Message.class)).isEqualTo(missing);
  }
}
