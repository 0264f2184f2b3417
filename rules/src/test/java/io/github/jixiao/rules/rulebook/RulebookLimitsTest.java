package io.github.jixiao.rules.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.jixiao.rules.Rulebooks;

import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a rulebook must be to score anything: deduction caps above 0, at least one indicator, years
 * an evaluation can have (issue 11, D6 and D10).
 */
class RulebookLimitsTest {

  /** The Guangzhou 2021 rulebook with {@code cap} on 2.1.1 (预算完成率, weight 10). */
  static Rulebook.Builder guangzhouWithCap(String cap) {
    Rulebook gz = Rulebooks.guangzhouDepartment2021();
    List<RulebookIndicator> nodes = gz.getIndicators().stream()
        .map(n -> n.getCode().equals("2.1.1")
            ? withCap(n, new BigDecimal(cap)) : n)
        .toList();
    return Rulebook.builder().id(gz.getId()).title(gz.getTitle()).source(gz.getSource())
        .provenance(gz.getProvenance()).firstYear(2021).lastYear(2021).addAllIndicators(nodes)
        .addAllDefaultRules(gz.getDefaultRules());
  }

  private static RulebookIndicator withCap(RulebookIndicator n, BigDecimal cap) {
    return RulebookIndicator.builder().code(n.getCode()).name(n.getName())
        .addAllAliases(n.getAliases()).level(n.getLevel()).parentCode(n.getParentCode())
        .weight(n.getWeight()).kind(n.getKind()).direction(n.getDirection())
        .target(n.getTarget()).unit(n.getUnit()).formula(n.getFormula()).rule(n.getRule())
        .assumption(n.getAssumption()).deductionCap(cap).build();
  }

  private static Rulebook.Builder book() {
    return Rulebook.builder().id("limits").title("边界").source("test")
        .provenance(Provenance.confirmed("test"));
  }

  @Test
  void aNegativeOrZeroDeductionCapIsRefusedAtItsPath() {
    for (String cap : new String[] {"-1", "0", "0.00"}) {
      assertThatThrownBy(() -> guangzhouWithCap(cap).build())
          .isInstanceOfSatisfying(InvalidValueException.class, e ->
              assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("$.indicators[5].deductionCap");
                assertThat(v.message(Locale.ENGLISH)).contains("above 0").contains(cap);
                assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).contains("扣分上限须大于 0");
              }));
    }
    assertThat(guangzhouWithCap("0.01").build().indicator("2.1.1").orElseThrow()
        .getDeductionCap()).contains(new BigDecimal("0.01"));
  }

  @Test
  void aRulebookWithoutIndicatorsIsRefused() {
    assertThatThrownBy(() -> book().build()).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("$.indicators");
          assertThat(v.message(Locale.ENGLISH)).contains("no indicators");
          assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).contains("没有评价指标");
        }));
  }

  @Test
  void yearsOutsideThoseAnEvaluationCanHaveAreRefused() {
    RulebookIndicator whole = RulebookIndicator.builder().code("1").name("整体").level(1)
        .weight(new BigDecimal("100")).rule(io.github.jixiao.rules.rulebook.BuiltInRules
            .deductionPerFinding()).build();
    assertThatThrownBy(() -> book().addIndicators(whole).firstYear(0).lastYear(99999).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.violations()).extracting(Violation::path)
              .containsExactly("$.firstYear", "$.lastYear");
          assertThat(e.violations().get(0).message(Locale.ENGLISH))
              .isEqualTo("the year 0 is outside 2000–2100, the fiscal years an evaluation can have");
          assertThat(e.violations().get(1).message(Locale.SIMPLIFIED_CHINESE))
              .isEqualTo("适用年度 99999 不在 2000–2100 之内，自评的年度只能在此范围内");
        });
    assertThat(book().addIndicators(whole).firstYear(2000).lastYear(2100).build().appliesTo(2100))
        .isTrue();
  }

  @Test
  void aCodeOfAHundredThousandCharactersIsEchoedBoundedAndEscaped() {
    String code = "\u001b[2J\r" + "g".repeat(100_000);
    RulebookIndicator group = RulebookIndicator.builder().code(code).name("组").level(1)
        .weight(new BigDecimal("100.5")).build();
    RulebookIndicator leaf = RulebookIndicator.builder().code("1.1").name("叶").level(2)
        .parentCode(code).weight(new BigDecimal("10")).rule(RuleSpec.of("proportional"))
        .build();
    String shown = "'\\u001b[2J\\u000d" + "g".repeat(35) + "…'";
    String shownZh = "“\\u001b[2J\\u000d" + "g".repeat(35) + "…”";
    assertThatThrownBy(() -> book().addIndicators(group, leaf)
        .rounding(RoundingPolicy.builder().scale(0).build()).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.message(Locale.ENGLISH))
              .anySatisfy(m -> assertThat(m).contains("the weights of the children of " + shown))
              .anySatisfy(m -> assertThat(m).contains("the weight 100.5 of " + shown))
              .allSatisfy(m -> assertThat(m).hasSizeLessThan(400));
          assertThat(e.violations()).extracting(v -> v.message(Locale.SIMPLIFIED_CHINESE))
              .anySatisfy(m -> assertThat(m).contains("少于指标" + shownZh + "的分值 100.5"))
              .anySatisfy(m -> assertThat(m).startsWith(shownZh + "的下级指标的分值合计 10，"))
              .allSatisfy(m -> assertThat(m).hasSizeLessThan(400));
        });
  }
}
