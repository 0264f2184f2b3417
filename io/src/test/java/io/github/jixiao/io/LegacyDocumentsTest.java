package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.JsonProblem.Kind;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.SkippedCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Documents written by earlier versions of Jixiao are still read (旧版文档): a version 1 score
 * card, whose explanations' texts had an English form, and version 1 and 2 check reports, whose
 * findings and reasons were words once per language. The fixtures are documents Jixiao 0.1 wrote
 * for the Baiyun seed. What is read says in each language what the old document said in it, and
 * is written again in the current version.
 */
class LegacyDocumentsTest {

  private final JixiaoJson json = JixiaoJson.standard();

  private static String legacy(String name) {
    try (InputStream in = LegacyDocumentsTest.class.getResourceAsStream("/legacy/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String checkReport1() {
    return legacy("check-report-1-baiyun-2021.json");
  }

  /** The version 1 report as version 2 wrote it: paths from the root, and one check not run. */
  private static String checkReport2() {
    return checkReport1().replace("\"jixiao/check-report/1\"", "\"jixiao/check-report/2\"")
        .replace("\"path\": \"", "\"path\": \"$.")
        .replace("\"checksRun\": [", "\"checksNotRun\": [{\"checkCode\": \"JX-601\","
            + " \"reasonZh\": \"未提供上年数据\", \"reasonEn\": \"no data of the previous year\"}],"
            + "\n  \"checksRun\": [");
  }

  @Test
  void aVersionOneCheckReportSaysWhatItSaidInEachLanguageWithItsPathsFromTheRoot() {
    CheckReport read = json.readCheckReport(checkReport1());

    Finding first = read.getFindings().get(0);
    assertThat(first.getPath()).isEqualTo("$.claimedTotal");
    assertThat(first.getMessage().getKey()).isEqualTo("io.legacy.text");
    assertThat(first.message(Locale.CHINESE))
        .isEqualTo("自评总分为 94，按评分办法“gz-dept-2021”应为 89.72，相差超过 0.50 分");
    assertThat(first.message(Locale.ENGLISH)).isEqualTo("the claimed total is 94 but the rules"
        + " of 'gz-dept-2021' give 89.72, more than 0.50 apart");
    assertThat(read.getFindings()).hasSize(22).extracting(Finding::getPath)
        .contains("$.narrativeClaims[0]", "$.department.duties[10]")
        .allMatch(path -> path.startsWith("$"));
    assertThat(json.readAny(checkReport1())).isEqualTo(read);
  }

  @Test
  void aVersionOneCheckReportIsWrittenAgainInTheCurrentVersionAndReadBackEqual() {
    CheckReport read = json.readCheckReport(checkReport1());

    String written = json.write(read);

    assertThat(written).startsWith("{\n  \"format\": \"jixiao/check-report/4\",")
        .contains("\"key\": \"io.legacy.text\"")
        .contains("\"zh\": \"自评总分为 94，按评分办法“gz-dept-2021”应为 89.72，相差超过 0.50 分\"")
        .contains("\"en\": \"the claimed total is 94 but the rules of 'gz-dept-2021' give 89.72,"
            + " more than 0.50 apart\"");
    assertThat(json.readCheckReport(written)).isEqualTo(read);
  }

  @Test
  void aVersionTwoCheckReportSaysItsFindingsAndReasonsInEachLanguage() {
    CheckReport read = json.readCheckReport(checkReport2());

    assertThat(read.getFindings()).isEqualTo(json.readCheckReport(checkReport1()).getFindings());
    SkippedCheck skipped = read.getChecksNotRun().get(0);
    assertThat(skipped.getCheckCode()).isEqualTo("JX-601");
    assertThat(skipped.getReason().render(Locale.CHINESE)).isEqualTo("未提供上年数据");
    assertThat(skipped.getReason().render(Locale.ENGLISH))
        .isEqualTo("no data of the previous year");
    assertThat(json.readCheckReport(json.write(read))).isEqualTo(read);
  }

  @Test
  void anOldFindingWhoseWordsAreNotTextIsReportedAtItsPlace() {
    String broken = checkReport1().replace("\"messageEn\": \"the claimed total is 94 but the"
        + " rules of 'gz-dept-2021' give 89.72, more than 0.50 apart\"", "\"messageEn\": 5");

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readCheckReport(broken));

    assertThat(e.problems()).extracting(JsonProblem::kind, JsonProblem::jsonPath,
        JsonProblem::line).contains(tuple(Kind.MISSING, "$.findings[0].message", 4),
            tuple(Kind.UNKNOWN_FIELD, "$.findings[0].messageEn", 10));
  }

  @Test
  void aVersionOneScoreCardSaysItsExplanationsWithTheirEnglishForms() {
    ScoreCard card = json.readScoreCard(legacy("score-card-1-baiyun-2021.json"));

    IndicatorScore effect = card.indicator("1.2").orElseThrow();
    assertThat(effect.explain(Locale.CHINESE))
        .isEqualTo("履职效果 达成（档次 [20.00, 25.00]），未填自评分，按档次下限计 20.00");
    assertThat(effect.explain(Locale.ENGLISH)).isEqualTo("履职效果 ACHIEVED (band [20.00, 25.00]):"
        + " no points chosen, scored at the band's lower end, 20.00");
    assertThat(effect.getInputs()).singleElement().satisfies(level -> {
      Message words = level.getMessage().orElseThrow();
      assertThat(words.getKey()).isEqualTo("io.legacy.text");
      assertThat(words.render(Locale.CHINESE)).isEqualTo("达成");
      assertThat(words.render(Locale.ENGLISH)).isEqualTo("ACHIEVED");
    });
    String written = json.write(card);
    assertThat(written).startsWith("{\n  \"format\": \"jixiao/score-card/4\",");
    assertThat(json.readScoreCard(written)).isEqualTo(card);
  }

  @Test
  void aVersionOneTemplateShowsWhatItShowedApostrophesAndBracesIncluded() {
    String card = legacy("score-card-1-baiyun-2021.json").replace(
        "\"key\": \"proportional.met\",", "\"key\": \"acme.met\", \"templates\": {\"zh\":"
            + " \"{name} 达标 '满分' {weight}\", \"en\": \"{name}'s {weight} points {ok\"},");

    IndicatorScore met = json.readScoreCard(card).indicator("1.1").orElseThrow();

    assertThat(met.explain(Locale.CHINESE)).isEqualTo("重点工作办结率 达标 '满分' 25");
    assertThat(met.explain(Locale.ENGLISH)).isEqualTo("重点工作办结率's 25 points {ok");
  }

  @Test
  void anOldTemplateIsQuotedAsCoreReadsTemplates() {
    assertThat(LegacyDocuments.quoted("{a}'s {b c} } {x-1}"))
        .isEqualTo("{a}''s '{'b c'}' '}' {x-1}");
  }
}
