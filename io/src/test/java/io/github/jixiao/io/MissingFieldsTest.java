package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jixiao.io.JsonProblem.Kind;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A field the domain requires and a document leaves out is a {@link Kind#MISSING} problem at its
 * JSON path, told by the reader before anything is bound: what is required is core's word (an
 * attribute that is neither optional, nor a list, nor defaulted), not the text of an exception.
 */
class MissingFieldsTest {

  private final JixiaoJson json = JixiaoJson.standard();

  @Test
  void aRulebookNodeWithoutItsLevelIsMissingItAtItsPath() {
    // indicators[1] of gz-dept-2021 is 1.1 重点工作办结率, at level 2
    String written = json.write(Rulebooks.guangzhouDepartment2021());
    String withoutLevel = written.replaceFirst("\"level\"\\s*:\\s*2\\s*,", "");
    assertThat(withoutLevel).isNotEqualTo(written);

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readRulebook(withoutLevel));

    assertThat(e.problems()).extracting(JsonProblem::kind, JsonProblem::jsonPath)
        .containsExactly(tuple(Kind.MISSING, "$.indicators[1].level"));
    assertThat(e.problems().get(0).message(Locale.ENGLISH))
        .isEqualTo("missing required field \"level\" of RulebookIndicator");
    assertThat(e.problems().get(0).message(Locale.CHINESE))
        .isEqualTo("缺少必填字段 \"level\"");
  }

  @Test
  void aScoreCardWithoutRescaledWasNotRescaled() {
    ScoreCard card = Scorer.standard().score(BaiyunEvaluation.evaluation(),
        Rulebooks.guangzhouDepartment2021());
    String written = json.write(card);
    String withoutRescaled = written.replaceFirst("\"rescaled\"\\s*:\\s*false\\s*,", "");
    assertThat(withoutRescaled).isNotEqualTo(written);

    assertThat(json.readScoreCard(withoutRescaled)).isEqualTo(card);
  }
}
