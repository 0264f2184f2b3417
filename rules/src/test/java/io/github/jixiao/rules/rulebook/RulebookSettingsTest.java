package io.github.jixiao.rules.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.formula.Formulas;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The rulebook-level settings real rulebooks differ in (rulebooks.md), as rulebook data with
 * defaults that change nothing: the execution line (capped, against the full-year budget),
 * rounding (two decimals, half up, from the unrounded rate), no deductions column.
 */
class RulebookSettingsTest {

  @Test
  void everyBuiltInRulebookHasTheDefaultsButWhereItsSourceSaysOtherwise() {
    for (Rulebook rulebook : Rulebooks.all()) {
      String id = rulebook.getId();
      assertThat(rulebook.getExecution().isCapped()).as(id).isTrue();
      // The 2020 municipal form's 预算数 includes last year's carry-over (rulebooks.md).
      assertThat(rulebook.getExecution().getBase()).as(id).isEqualTo(
          id.equals("municipal-project-2020") ? ExecutionBase.FULL_YEAR_WITH_CARRY_OVER
              : ExecutionBase.FULL_YEAR);
      assertThat(rulebook.getRounding()).as(id).isEqualTo(RoundingPolicy.standard());
      // The vendor's defaults subtract a separate 扣减分数 column (rulebooks.md).
      assertThat(rulebook.isDeductionsColumn()).as(id)
          .isEqualTo(id.equals("vendor-project-default"));
    }
  }

  @Test
  void theRoundingsRealRulebooksUse() {
    assertThat(RoundingPolicy.standard().round(new BigDecimal("9.7162"))).isEqualTo("9.72");
    assertThat(RoundingPolicy.truncated().getMode()).isEqualTo(RoundingMode.DOWN);
    assertThat(RoundingPolicy.truncated().round(new BigDecimal("9.7162"))).isEqualTo("9.71");
    assertThat(RoundingPolicy.wholePoints().round(new BigDecimal("8.62"))).isEqualTo("9");
    assertThat(RoundingPolicy.standard().rateScored(new BigDecimal("38.845900")))
        .isEqualTo("38.845900");
    assertThat(RoundingPolicy.standard().withRateSource(RateSource.STATED)
        .rateScored(new BigDecimal("38.845900"))).isEqualTo("38.85");
  }

  @Test
  void anUncappedLineScoredByAnotherRuleIsRefusedAtTheSetting() {
    // The line keeps its cap under a band table: the setting would say one thing, the card another.
    Rulebook.Builder book = Rulebook.builder().from(Rulebooks.guangzhouDepartment2021())
        .execution(ExecutionSettings.builder().capped(false).build())
        .indicators(Rulebooks.guangzhouDepartment2021().withIndicator("2.1.1",
            i -> i.withRule(BuiltInRules.bands(Band.of(null, new BigDecimal("90"), BigDecimal.ZERO),
                Band.of(new BigDecimal("90"), null, BigDecimal.TEN)))).getIndicators());

    assertThatThrownBy(book::build).isInstanceOfSatisfying(InvalidValueException.class, e ->
        assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("$.execution.capped");
          assertThat(v.message(Locale.ENGLISH)).isEqualTo("the execution line is not capped, but"
              + " '2.1.1' is scored by the rule 'bands', which the setting does not reach: score"
              + " it by 'proportional', or cap the line");
          assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("预算执行率设为不封顶，但指标"
              + "“2.1.1”按评分方法“bands”计分，该设置对其不起作用：请改用“proportional”，或将执行率设为封顶");
        }));
    assertThat(RulebookChecks.EXECUTION_RATE).isEqualTo(Formulas.EXECUTION_RATE);
  }
}
