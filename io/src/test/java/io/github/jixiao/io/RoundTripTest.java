package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.SelfEvaluation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Every document reads back equal to what was written, and is written the same each time. */
class RoundTripTest {

  private final JixiaoJson json = JixiaoJson.standard();

  @Test
  void theSeedEvaluationIsWrittenAndReadBackEqual() {
    SelfEvaluation seed = BaiyunEvaluation.evaluation();

    String text = json.write(seed);
    SelfEvaluation read = json.readEvaluation(text);

    assertThat(read).isEqualTo(seed);
    assertThat(read.getBudget().getFullYear()).isEqualTo(new BigDecimal("3306.19"));
    assertThat(read.getBudget().getExecuted()).isEqualTo(new BigDecimal("3212.37"));
    assertThat(read.getStatedFigures().get(0).getStatedValue()).isEqualTo(new BigDecimal("97.16"));
    assertThat(read.getClaimedTotal()).contains(new BigDecimal("94"));
    assertThat(read.getNarrativeClaims().get(0).getQuote()).isEqualTo("均达到了年初设定的各项绩效目标");
  }

  @Test
  void anEvaluationWithEveryFieldIsWrittenAndReadBackEqual() {
    SelfEvaluation full = BaiyunEvaluation.everyField();

    assertThat(json.readEvaluation(json.write(full))).isEqualTo(full);
  }

  @Test
  void theDocumentStartsWithItsFormatAndWritesDecimalsAsTheyAre() {
    String text = json.write(BaiyunEvaluation.everyField());

    assertThat(text).startsWith("{\n  \"format\": \"jixiao/self-evaluation/2\",\n  \"kind\": ");
    assertThat(text).contains("\"fullYear\": 3306.19,").contains("\"executed\": 3212.37,")
        .contains("\"initial\": 3100.00,").contains("\"executed\": 2750.10")
        .contains("\"claimedTotal\": 94,").contains("\"weight\": 10.00,")
        .doesNotContain("E+").doesNotContain("E-").doesNotContain("null")
        .endsWith("}\n");
  }

  @Test
  void decimalsAreNeverWrittenInExponentForm() {
    SelfEvaluation evaluation = withBudget(new BigDecimal("1E+14"), new BigDecimal("1E-6"));

    String text = json.write(evaluation);

    assertThat(text).contains("\"fullYear\": 100000000000000,").contains("\"executed\": 0.000001");
    assertThat(json.readEvaluation(text).getBudget().getExecuted())
        .isEqualTo(new BigDecimal("0.000001"));
  }

  @Test
  void aDecimalIsReadExactlyFromItsTextNeverThroughADouble() {
    // 0.1 + 0.2 in binary floating point is 0.30000000000000004; 3306.19 is not a double either.
    String text = json.write(withBudget(new BigDecimal("3306.19"), new BigDecimal("0.3")))
        .replace("\"executed\": 0.3", "\"executed\": 0.300000");

    Budget budget = json.readEvaluation(text).getBudget();

    assertThat(budget.getFullYear()).isEqualTo(new BigDecimal("3306.19"));
    assertThat(budget.getExecuted()).isEqualTo(new BigDecimal("0.300000"));
    assertThat(budget.getExecuted().scale()).isEqualTo(6);
  }

  @Test
  void writingIsStableAndAnAbsentOrEmptyValueIsLeftOut() {
    SelfEvaluation seed = BaiyunEvaluation.evaluation();
    String once = json.write(seed);

    assertThat(json.write(json.readEvaluation(once))).isEqualTo(once);
    assertThat(once).doesNotContain("\"projects\"").doesNotContain("\"rulebook\"")
        .doesNotContain("\"claimedGrade\"");
  }

  private static SelfEvaluation withBudget(BigDecimal fullYear, BigDecimal executed) {
    SelfEvaluation seed = BaiyunEvaluation.evaluation();
    return SelfEvaluation.builder().kind(seed.getKind()).fiscalYear(seed.getFiscalYear())
        .department(seed.getDepartment())
        .budget(Budget.builder().fullYear(fullYear).executed(executed).build()).build();
  }
}
