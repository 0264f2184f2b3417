package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;

import io.github.jixiao.rules.check.Fixture.Draft;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The seed report's own figures and claims through the standard checks. */
class SeedChecksTest {

  @Test
  void the9716PercentStatedFrom3212Point37Over3306Point19IsNoFinding() {
    CheckReport report = Checks.standard().run(Fixture.seed().build());

    assertThat(report.getFindings()).noneMatch(f -> f.getPath().startsWith("$.statedFigures[0]"));
  }

  @Test
  void the92PercentStatedFrom169Of184AtWholePercentIsNoFinding() {
    CheckReport report = Checks.standard().run(Fixture.seed().build());

    assertThat(report.getFindings()).noneMatch(f -> f.getPath().startsWith("$.statedFigures[1]"));
  }

  @Test
  void theSame92PercentStatedAs92Point00IsAFindingExpecting91Point85() {
    Draft seed = Fixture.seed();
    seed.figures.set(1, Fixture.solvedRate("92.00"));

    assertThat(Checks.standard().run(seed.build()).findings("JX-101")).singleElement()
        .satisfies(f -> {
          assertThat(f.getPath()).isEqualTo("$.statedFigures[1].statedValue");
          assertThat(f.getExpected()).hasValue("91.85");
          assertThat(f.getActual()).hasValue("92.00");
        });
  }

  @Test
  void allTargetsMetNextToAnExecutionRateBelow100IsAFinding() {
    assertThat(Checks.standard().run(Fixture.seed().build()).findings("JX-401")).singleElement()
        .satisfies(f -> {
          assertThat(f.getPath()).isEqualTo("$.narrativeClaims[0]");
          assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
          assertThat(f.getExpected()).hasValue("0");
          assertThat(f.getActual()).hasValue("1");
          assertThat(f.message(Locale.CHINESE)).isEqualTo("报告称“均达到了年初设定的各项绩效目标”，但预算执行率为"
              + " 97.16%，未达到100%");
          assertThat(f.message(Locale.ENGLISH)).isEqualTo("the report claims \"均达到了年初设定的各项绩效目标\""
              + " but the execution rate is 97.16% < 100%");
        });
  }

  @Test
  void theSeedAsAWholeHasTheContradictedClaimAndTheScoreFarAboveExecution() {
    CheckReport report = Checks.standard().run(Fixture.seed().build());

    assertThat(report.getFindings()).extracting(Finding::getCode, Finding::getPath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("JX-401", "$.narrativeClaims[0]"),
            org.assertj.core.groups.Tuple.tuple("JX-404", "$.claimedTotal"));
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.hasErrors()).isTrue();
  }
}
