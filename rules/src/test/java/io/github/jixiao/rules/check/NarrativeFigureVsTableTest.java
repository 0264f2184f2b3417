package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.rules.check.Fixture.Draft;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * JX-407, counts in the narrative that differ from the tables (lifecycle.md §4's contradictions),
 * on the consistent fixture: 常委会会议次数 is 6 in the table (entries[2]); the report's solved rate
 * "92%" (statedFigures[1]) bears the name of the leaf 群众反映问题解决率, whose actual is 92.
 */
class NarrativeFigureVsTableTest {

  private static List<Finding> run(SelfEvaluation evaluation) {
    return Checks.standard().run(evaluation).getFindings().stream()
        .filter(f -> f.getCode().equals("JX-407")).toList();
  }

  private static StatedFigure meetings(String stated) {
    return StatedFigure.builder().code("meetings").name("召开常委会会议").kind(FigureKind.COUNT)
        .statedValue(d(stated)).unit("次").indicatorCode("2.1.1")
        .quote("全年召开常委会会议" + stated + "次").build();
  }

  @Test
  void sevenMeetingsInTheReportAgainstSixInTheTableIsFlagged() {
    Draft draft = Fixture.consistent();
    draft.figures.add(meetings("7"));

    assertThat(run(draft.build())).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getPath()).isEqualTo("$.statedFigures[2].statedValue");
      assertThat(f.getExpected()).hasValue("6");
      assertThat(f.getActual()).hasValue("7");
      assertThat(f.message(Locale.CHINESE)).isEqualTo(
          "报告称指标“2.1.1 常委会会议次数”为 7（“全年召开常委会会议7次”），而自评表的实际完成值为 6");
    });
  }

  @Test
  void aFigureNamedLikeALeafIsComparedAtItsPrintedPrecision() {
    Draft draft = Fixture.consistent();
    draft.entry(Fixture.explained(Fixture.entry("2.1.2", "92.35", "22"), "尚在办理"));
    // the table's 92.35 is "92" at no decimal and "92.4" at one (half up): both agree
    assertThat(run(draft.build())).isEmpty();
    draft.figures.set(1, Fixture.solvedRate("92.4"));
    assertThat(run(draft.build())).isEmpty();
    // "92.3" does not
    draft.figures.set(1, Fixture.solvedRate("92.3"));

    assertThat(run(draft.build())).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.statedFigures[1].statedValue");
      assertThat(f.getExpected()).hasValue("92.4");
      assertThat(f.getActual()).hasValue("92.3");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("the report states 92.3 for '2.1.2 群众反映问题解决率'"
          + " (\"群众反映问题有184条，已解决169条，解决率92%\") but the table's actual is 92.35");
    });
  }

  @Test
  void agreeingFiguresAndFiguresOfNoIndicatorAreNotFlagged() {
    Draft draft = Fixture.consistent();
    draft.figures.add(meetings("6"));
    // 预算完成率 97.16 is the table's own 97.16; the seed names no indicator table at all
    assertThat(run(draft.build())).isEmpty();
    assertThat(run(Fixture.seed().build())).isEmpty();
  }
}
