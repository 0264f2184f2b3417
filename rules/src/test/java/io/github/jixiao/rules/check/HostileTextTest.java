package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Payment;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.Task;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Fixture.Draft;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Document text as long as the reader admits (100 000 characters) with an ESC sequence and a CR
 * in it never makes a finding or an explanation long, nor reaches it raw (issue 11, defects 13 and
 * 14: a check report Jixiao cannot read back, a CLI line forged by a CR).
 */
class HostileTextTest {

  private static final int LONG = 100_000;
  private static final int BOUND = 2_000;

  /** {@code start}, an ESC sequence that clears a screen, a CR, then filler to 100 000 chars. */
  private static String hostile(String start) {
    String head = start + "\u001b[2J\r";
    return head + "长".repeat(LONG - head.length());
  }

  @Test
  void everyStandardCheckThatFiresEchoesLongHostileTextBoundedAndEscaped() {
    Draft draft = new Draft();
    String group = hostile("g");
    String leaf = hostile("x");
    String top = hostile("t");
    draft.indicators.add(Fixture.group(top, hostile("顶"), 1, null, "100"));
    draft.indicators.add(Fixture.group(group, hostile("组"), 2, top, "100"));
    draft.indicators.add(Fixture.quantitative(leaf, hostile("指"), group, "10",
        Direction.AT_LEAST, "95", null));
    draft.indicators.add(Fixture.quantitative(hostile("y"), hostile("孤"), hostile("p"), "5",
        Direction.AT_LEAST, "95", null));
    draft.entries.add(Fixture.entry(leaf, "50", "20"));
    draft.deductions.add(Deduction.builder().indicatorCode(leaf).points(d("11"))
        .reason(hostile("扣")).build());
    draft.problems.add(Problem.builder().text(hostile("问")).addIndicatorCode(leaf).build());
    draft.figures.add(StatedFigure.builder().code("f1").name(hostile("率")).kind(FigureKind.RATE)
        .statedValue(d("50")).unit("%").numerator(d("1")).denominator(d("3")).build());
    draft.figures.add(StatedFigure.builder().code("f2").name(hostile("执")).kind(FigureKind.RATE)
        .statedValue(d("97.16")).unit("%").numerator(d("1")).denominator(d("3306.19"))
        .formula("execution-rate").build());
    draft.projects.add(Project.builder().code(hostile("项码")).name(hostile("项")).budget(d("1"))
        .executed(d("2")).build());
    draft.budget = Budget.builder().fullYear(d("3306.19")).executed(d("3212.37"))
        .addPayments(Payment.builder().period(hostile("期一")).planned(d("600")).paid(d("500"))
            .build())
        .addPayments(Payment.builder().period(hostile("期二")).planned(d("900")).paid(d("100"))
            .build())
        .build();
    draft.claims.add(NarrativeClaim.builder().kind(ClaimKind.ALL_TARGETS_MET)
        .quote(hostile("均")).build());
    draft.claims.add(NarrativeClaim.builder().kind(ClaimKind.ALL_TASKS_COMPLETED)
        .quote(hostile("全")).build());
    draft.tasks.add(Task.builder().code(hostile("任码")).title(hostile("任")).key(true)
        .plannedCount(2).completedCount(1).build());
    draft.duties.add(Fixture.duty(hostile("职码"), hostile("职")));

    CheckReport report = Checks.standard().run(draft.build());

    assertThat(report.getFindings()).extracting(Finding::getCode).contains("JX-101", "JX-102",
        "JX-103", "JX-104", "JX-201", "JX-202", "JX-203", "JX-205", "JX-401", "JX-402",
        "JX-403", "JX-406", "JX-501", "JX-502");
    assertThat(report.getFindings()).allSatisfy(HostileTextTest::boundedAndEscaped);
  }

  @Test
  void theRescoringChecksAndTheScoreCardsExplanationsEchoLongHostileTextBoundedAndEscaped() {
    Rulebook guangzhou = Rulebooks.guangzhouDepartment2021();
    Draft draft = RescoringChecksTest.guangzhou("9", "94");
    for (int i = 0; i < draft.indicators.size(); i++) {
      Indicator indicator = draft.indicators.get(i);
      if (indicator.getCode().equals("2.2")) {
        draft.indicators.set(i, Indicator.builder().code("2.2").name(hostile("冲")).level(2)
            .parentCode("2").weight(indicator.getWeight()).kind(indicator.getKind()).build());
      }
    }
    draft.indicators.add(Fixture.group(hostile("外"), hostile("外名"), 1, null, "1"));
    for (int i = 0; i < 15; i++) {
      draft.deductions.add(Deduction.builder().indicatorCode("2.1.3").points(d("0.01"))
          .reason(hostile("扣" + i)).build());
    }
    draft.deductions.add(Deduction.builder().indicatorCode("2").points(d("1"))
        .reason(hostile("组扣")).build());

    CheckReport report = Checks.standard().run(draft.build(), guangzhou);

    assertThat(report.getFindings()).extracting(Finding::getCode).contains("JX-203", "JX-204",
        "JX-301").doesNotContain("JX-000");
    assertThat(report.getFindings()).allSatisfy(HostileTextTest::boundedAndEscaped);

    ScoreCard card = Scorer.standard().score(draft.build(), guangzhou);
    List<String> rendered = new ArrayList<>();
    for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
      for (IndicatorScore score : card.getIndicators()) {
        rendered.add(score.explain(locale));
      }
      for (Message note : card.getNotes()) {
        rendered.add(note.render(locale));
      }
    }
    assertThat(rendered).anySatisfy(r -> assertThat(r).contains("扣0"))
        .anySatisfy(r -> assertThat(r).contains("组扣"))
        .anySatisfy(r -> assertThat(r).contains("外名"))
        .allSatisfy(HostileTextTest::boundedAndEscaped);
  }

  private static void boundedAndEscaped(Finding f) {
    boundedAndEscaped(f.getMessageEn());
    boundedAndEscaped(f.getMessageZh());
    f.getExpected().ifPresent(HostileTextTest::boundedAndEscaped);
    f.getActual().ifPresent(HostileTextTest::boundedAndEscaped);
  }

  private static void boundedAndEscaped(String text) {
    String start = text.substring(0, Math.min(80, text.length()));
    Optional<Character> control = text.chars().filter(Character::isISOControl)
        .mapToObj(c -> (char) c).findFirst();
    assertThat(text.length()).as("length of %s…", start).isLessThan(BOUND);
    assertThat(control).as("a raw control character in %s…", start).isEmpty();
  }
}
