package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Duty;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.io.JsonProblem.Kind;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Jixiao writes, Jixiao reads (写出即可读回): a value built through the API that holds what the
 * reader refuses — a control character, a bidirectional override, an unpaired surrogate, a string
 * or a document beyond the limits — is refused at writing with its JSON path, and nothing reaches
 * a stream or file; the largest documents the reader accepts are written and read back equal.
 */
class WhatIsWrittenIsReadTest {

  private static final long SIXTEEN_MIB = 16L * 1024 * 1024;

  private final JixiaoJson json = JixiaoJson.standard();

  @TempDir
  Path dir;

  @Test
  void anEscapeInADutyTextIsRefusedWithItsPathAndNothingIsWritten() throws IOException {
    // The Baiyun department has 6 standing-committee duties and 5 of the office: [11] is added.
    SelfEvaluation bad = withDuty(Duty.builder().code("added").text("负责\u001b[2J常委会").build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path file = dir.resolve("kept.json");
    Files.writeString(file, "kept");

    JsonWriteException e = catchThrowableOfType(JsonWriteException.class, () -> json.write(bad));

    assertThat(e.problem().kind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.problem().jsonPath()).isEqualTo("$.department.duties[11].text");
    assertThat(e.getMessage()).startsWith("cannot write self-evaluation: $.department.duties[11]"
        + ".text: the text has the control character U+001B at character 3");
    assertThat(e.describe(Locale.CHINESE)).startsWith("无法写出 self-evaluation：")
        .contains("文本第 3 个字符是控制字符 U+001B");
    assertThat(e).isInstanceOf(JixiaoException.class);
    assertThatThrownBy(() -> json.write(DocumentType.SELF_EVALUATION, bad, out))
        .isInstanceOf(JsonWriteException.class);
    assertThatThrownBy(() -> json.write(DocumentType.SELF_EVALUATION, bad, file))
        .isInstanceOf(JsonWriteException.class);
    assertThat(out.size()).isZero();
    assertThat(Files.readString(file)).isEqualTo("kept");
  }

  @Test
  void aBidiOverrideInTheDepartmentsNameIsRefused() {
    SelfEvaluation bad = BaiyunEvaluation.evaluation(
        BaiyunEvaluation.department("白云\u202e区").build());

    JsonWriteException e = catchThrowableOfType(JsonWriteException.class, () -> json.write(bad));

    assertThat(e.problem().jsonPath()).isEqualTo("$.department.name");
    assertThat(e.problem().message(Locale.ENGLISH)).startsWith("the text has the control character U+202E at"
        + " character 3");
  }

  @Test
  void aNameOf100001CharactersIsRefusedWithTheLimit() {
    SelfEvaluation bad = BaiyunEvaluation.evaluation(
        BaiyunEvaluation.department("白".repeat(100_001)).build());

    JsonWriteException e = catchThrowableOfType(JsonWriteException.class, () -> json.write(bad));

    assertThat(e.problem().kind()).isEqualTo(Kind.LIMIT);
    assertThat(e.problem().jsonPath()).isEqualTo("$.department.name");
    assertThat(e.problem().message(Locale.ENGLISH)).isEqualTo("the text has 100001 characters, more than the"
        + " limit of 100000 a reader accepts");
    assertThat(e.problem().message(Locale.CHINESE)).isEqualTo("文本有 100001 个字符，多于读取上限 100000 个字符");
    assertThat(e.problem().hint(Locale.ENGLISH)).get().asString()
        .contains("JixiaoJson.builder().limits(new ReadLimits(");
  }

  @Test
  void aLoneSurrogateInAnOrganIsRefusedFromTheStringWriterToo() {
    SelfEvaluation bad = withDuty(Duty.builder().code("added").text("监督")
        .organ("常委\ud83d会").build());

    JsonWriteException e = catchThrowableOfType(JsonWriteException.class, () -> json.write(bad));

    assertThat(e.problem().kind()).isEqualTo(Kind.ENCODING);
    assertThat(e.problem().jsonPath()).isEqualTo("$.department.duties[11].organ");
    assertThat(e.problem().message(Locale.ENGLISH)).startsWith("the text has an unpaired surrogate \\uD83D at"
        + " character 3");
  }

  @Test
  void aNumberLongerThanTheReadersLimitIsRefusedByTheWriterWithTheSameLimits() {
    // 12345678901.00 has 13 digits; every other number of the Baiyun evaluation at most 6.
    SelfEvaluation evaluation = SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE)
        .fiscalYear(2021).department(BaiyunEvaluation.department().build())
        .budget(Budget.builder().unit(MoneyUnit.WAN_YUAN)
            .fullYear(new BigDecimal("12345678901.00")).executed(new BigDecimal("3212.37"))
            .build()).build();
    JixiaoJson tenDigits = JixiaoJson.builder().limits(new ReadLimits(SIXTEEN_MIB, 64, 100_000,
        10, 1000)).build();
    String text = json.write(evaluation);

    JsonDocumentException read = catchThrowableOfType(JsonDocumentException.class,
        () -> tenDigits.readEvaluation(text));
    JsonWriteException written = catchThrowableOfType(JsonWriteException.class,
        () -> tenDigits.write(evaluation));

    assertThat(read.problems()).extracting(JsonProblem::kind).containsExactly(Kind.LIMIT);
    assertThat(written.problem().kind()).isEqualTo(Kind.LIMIT);
    assertThat(written.problem().jsonPath()).isEqualTo("$.budget.fullYear");
    assertThat(written.problem().message(Locale.ENGLISH)).isEqualTo("a number has more than 10 characters, the"
        + " limit a reader accepts");
  }

  @Test
  void theLargestSelfEvaluationTheReaderAcceptsIsWrittenAndReadBackEqual() {
    long baseBytes = utf8Length(json.write(large("效")));
    // The last duty's text grows 3 bytes a character: fill to 16 MiB, or 1 or 2 bytes short.
    int fill = 1 + (int) ((SIXTEEN_MIB - baseBytes) / 3);
    SelfEvaluation largest = large("效".repeat(fill));

    String text = json.write(largest);

    assertThat(utf8Length(text)).isBetween(SIXTEEN_MIB - 2, SIXTEEN_MIB);
    assertThat(json.readEvaluation(text)).isEqualTo(largest);

    SelfEvaluation tooLarge = large("效".repeat(fill + 1));
    JsonWriteException e = catchThrowableOfType(JsonWriteException.class,
        () -> json.write(tooLarge));
    assertThat(e.problem().jsonPath()).isEqualTo("$");
    assertThat(e.problem().message(Locale.ENGLISH)).isEqualTo("the document has "
        + (utf8Length(text) + 3) + " bytes in UTF-8, more than the limit of 16777216 bytes a"
        + " reader accepts");
  }

  @Test
  void aScoreCardBeyondTheLimitsIsRefusedAndWrittenWithLargerOnes() {
    ScoreCard card = Scorer.standard().score(BaiyunEvaluation.everyField(),
        Rulebooks.guangzhouDepartment2021());
    long bytes = utf8Length(json.write(card));
    JixiaoJson small = JixiaoJson.builder().limits(new ReadLimits(bytes - 1, 64, 100_000, 100,
        1000)).build();

    JsonWriteException e = catchThrowableOfType(JsonWriteException.class, () -> small.write(card));

    assertThat(e.documentName()).isEqualTo("score-card");
    assertThat(e.problem().message(Locale.ENGLISH)).isEqualTo("the document has " + bytes
        + " bytes in UTF-8, more than the limit of " + (bytes - 1) + " bytes a reader accepts");
    JixiaoJson enough = JixiaoJson.builder().limits(new ReadLimits(bytes, 64, 100_000, 100, 1000))
        .build();
    assertThat(enough.readScoreCard(enough.write(card))).isEqualTo(card);
  }

  @Test
  void theCheckReportOfALargeEvaluationIsWrittenAndReadBackEqual() {
    // 20 000 indicators, each 1 short of its target of 100, against "all targets met".
    SelfEvaluation.Builder large = SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE)
        .fiscalYear(2021).department(BaiyunEvaluation.department().build())
        .budget(Budget.builder().unit(MoneyUnit.WAN_YUAN).fullYear(new BigDecimal("3306.19"))
            .executed(new BigDecimal("3212.37")).build())
        .addNarrativeClaim(NarrativeClaim.builder().kind(ClaimKind.ALL_TARGETS_MET)
            .quote("均达到了年初设定的各项绩效目标").section("部门整体绩效管理情况").build());
    for (int i = 0; i < 20_000; i++) {
      String code = "q" + i;
      large.addIndicator(Indicator.builder().code(code).name("指标" + i).level(1)
          .weight(BigDecimal.ONE).kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
          .target(new BigDecimal("100")).build());
      large.addEntry(IndicatorEntry.builder().indicatorCode(code).actual(new BigDecimal("99"))
          .build());
    }
    CheckReport report = Checks.standard().run(large.build());
    // Each finding's message is written with its key, arguments and rendering in two languages:
    // beyond the default 16 MiB, as the limits' documentation says a large report may be.
    JsonWriteException refused = catchThrowableOfType(JsonWriteException.class,
        () -> json.write(report));
    JixiaoJson larger = JixiaoJson.builder()
        .limits(new ReadLimits(32L << 20, 64, 100_000, 100, 1000)).build();

    String text = larger.write(report);

    assertThat(report.findings("JX-401")).isNotEmpty();
    assertThat(refused.problem().kind()).isEqualTo(JsonProblem.Kind.LIMIT);
    assertThat(refused.problem().jsonPath()).isEqualTo("$");
    assertThat(utf8Length(text)).isGreaterThan(SIXTEEN_MIB);
    assertThat(larger.readCheckReport(text)).isEqualTo(report);
  }

  private static SelfEvaluation withDuty(Duty duty) {
    return BaiyunEvaluation.evaluation(BaiyunEvaluation.department().addDuty(duty).build());
  }

  /** 55 duties of exactly 100 000 characters (300 000 bytes each), and one of {@code last}. */
  private static SelfEvaluation large(String last) {
    Department.Builder department = BaiyunEvaluation.department();
    String longest = "绩".repeat(100_000);
    for (int i = 0; i < 55; i++) {
      department.addDuty(Duty.builder().code("long-" + i).text(longest).build());
    }
    return BaiyunEvaluation.evaluation(department.addDuty(Duty.builder().code("last").text(last)
        .build()).build());
  }

  private static long utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
