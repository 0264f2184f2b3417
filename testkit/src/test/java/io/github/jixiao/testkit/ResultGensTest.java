package io.github.jixiao.testkit;

import static io.github.jixiao.testkit.quicktheories.QuickTheoriesGens.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Score cards and check reports to round-trip: both kinds of report, with and without errors. */
class ResultGensTest {

  @Test
  void scoreCardsStayWithinTheirMaximumAndNameTheirRulebook() {
    qt().withExamples(100).forAll(of(ResultGens.scoreCards())).checkAssert(card -> {
      assertThat(card.getRulebook()).startsWith("rulebook-");
      assertThat(card.getTotal().orElseThrow()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
      assertThat(card.getIndicators()).isNotEmpty();
    });
  }

  @Test
  void checkReportsComeWithAndWithoutErrors() {
    RandomSource source = RandomSource.seeded(2021);
    List<CheckReport> reports = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      reports.add(ResultGens.checkReports().generate(source));
    }
    assertThat(reports).anySatisfy(r -> assertThat(r.hasErrors()).isFalse());
    assertThat(reports).anySatisfy(r -> assertThat(r.findings("JX-206")).singleElement()
        .satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR)));
    assertThat(reports).anySatisfy(r -> assertThat(r.findings("JX-101")).isNotEmpty());
  }
}
