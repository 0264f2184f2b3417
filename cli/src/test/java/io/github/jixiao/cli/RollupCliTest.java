package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.testkit.JixiaoGens;
import io.github.jixiao.testkit.RandomSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao rollup DIR} over generated project evaluations of one unit (issue 18's "a
 * department roll-up of at least five generated project evaluations prints its summary"): the
 * summary's money and count are the files' own, summed here by hand from the documents.
 */
class RollupCliTest {

  @TempDir
  Path dir;

  private List<SelfEvaluation> writeSix() throws Exception {
    List<SelfEvaluation> six = JixiaoGens.projectsOfOneUnit(6).generate(RandomSource.seeded(18));
    JixiaoJson json = JixiaoJson.standard();
    for (int i = 0; i < six.size(); i++) {
      json.write(DocumentType.SELF_EVALUATION, six.get(i), dir.resolve("p" + i + ".json"));
    }
    return six;
  }

  private static BigDecimal wan(SelfEvaluation e, BigDecimal amount) {
    return e.getBudget().getUnit().toYuan(amount).movePointLeft(4);
  }

  @Test
  void sixGeneratedProjectsOfOneUnitPrintTheirSummary() throws Exception {
    List<SelfEvaluation> six = writeSix();

    Cli.Run run = Cli.run("rollup", "--lang", "en", dir.toString());

    SelfEvaluation first = six.get(0);
    BigDecimal budget = six.stream().map(e -> wan(e, e.getBudget().getFullYear()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(run.outLines().get(0)).isEqualTo(first.getDepartment().getName() + ", "
        + first.getFiscalYear() + ": 6 projects rolled up");
    assertThat(run.outLines().get(1)).startsWith("budget "
        + plain(budget) + " (10 000 yuan) in all, executed ");
    // execution below 90 %, compared exactly from each document's own budget
    long slow = six.stream().filter(e -> e.getBudget().getFullYear().signum() > 0
        && e.getBudget().getExecuted().multiply(BigDecimal.valueOf(100))
            .compareTo(BigDecimal.valueOf(90).multiply(e.getBudget().getFullYear())) < 0).count();
    assertThat(run.outLines()).contains("grades:", "projects below 90% execution: " + slow);
    assertThat(run.outLines()).filteredOn(l -> l.matches("  (excellent|good|fair|poor) \\d+ .*"))
        .hasSize(4);
    assertThat(run.exit()).isEqualTo(Jixiao.OK);
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  @Test
  void theJsonSummaryIsTheLastLineWithExactSums() throws Exception {
    List<SelfEvaluation> six = writeSix();

    Cli.Run run = Cli.run("rollup", "--json", dir.toString());

    List<JsonNode> all = run.jsonLines();
    assertThat(all.size()).isEqualTo(7);
    JsonNode r = all.get(6).get("rollup");
    assertThat(r.get("projects").asInt()).isEqualTo(6);
    BigDecimal budget = BigDecimal.ZERO;
    BigDecimal executed = BigDecimal.ZERO;
    for (SelfEvaluation e : six) {
      budget = budget.add(wan(e, e.getBudget().getFullYear()));
      executed = executed.add(wan(e, e.getBudget().getExecuted()));
    }
    assertThat(new BigDecimal(r.get("budget").asText())).isEqualByComparingTo(budget);
    assertThat(new BigDecimal(r.get("executed").asText())).isEqualByComparingTo(executed);
    if (budget.signum() > 0) {
      assertThat(new BigDecimal(r.get("executionRate").asText())).isEqualTo(
          executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP));
    }
    int counted = r.get("ungraded").asInt();
    for (JsonNode g : r.get("grades")) {
      counted += g.get("count").asInt();
    }
    assertThat(counted).isEqualTo(6);
  }

  @Test
  void projectsOfTwoUnitsAreRefusedInOneLine() throws Exception {
    List<SelfEvaluation> six = writeSix();
    SelfEvaluation other = six.get(0).withDepartment(six.get(0).getDepartment()
        .withCode("another-unit"));
    JixiaoJson.standard().write(DocumentType.SELF_EVALUATION, other, dir.resolve("p0.json"));

    Cli.Run run = Cli.run("rollup", "--lang", "en", dir.toString());

    assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith("the evaluations are of"
        + " the units ").endsWith(": a roll-up is of one unit and one year"));
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }
}
