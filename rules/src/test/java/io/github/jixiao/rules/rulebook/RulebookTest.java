package io.github.jixiao.rules.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.jixiao.rules.Rulebooks;

import io.github.jixiao.core.Grade;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Building a rulebook validates it and lists every problem; the built-ins are valid. */
class RulebookTest {

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static RulebookIndicator.Builder node(String code, int level, String parent,
      String weight) {
    RulebookIndicator.Builder b = RulebookIndicator.builder().code(code).name("指标" + code)
        .level(level).weight(d(weight));
    if (parent != null) {
      b.parentCode(parent);
    }
    return b;
  }

  private static Rulebook.Builder book() {
    return Rulebook.builder().id("broken").title("有问题的规则表").source("test")
        .provenance(Provenance.confirmed("test"));
  }

  @Test
  void theBuiltInRulebooksValidateAndSayWhereTheyComeFrom() {
    assertThat(Rulebooks.all()).extracting(Rulebook::getId)
        .containsExactly("mof-project-2020", "mof-dept-2013", "gz-dept-2021", "ah-project",
            "sc-project-2023", "municipal-project-2020", "dz-dept", "dz-project", "yy-dept",
            "cq-dept", "vendor-project-default", "research-project-bands");
    assertThat(Rulebooks.mofProject2020().treeKind()).isEqualTo(TreeKind.OPEN);
    assertThat(Rulebooks.mofDepartment2013().treeKind()).isEqualTo(TreeKind.OPEN);
    Rulebook guangzhou = Rulebooks.guangzhouDepartment2021();
    assertThat(guangzhou.treeKind()).isEqualTo(TreeKind.COMPLETE);
    assertThat(guangzhou.getProvenance().getStatus()).isEqualTo(ProvenanceStatus.RECONSTRUCTED);
    assertThat(guangzhou.getProvenance().getAssumptions()).isNotEmpty();
    assertThat(guangzhou.getIndicators()).allSatisfy(i -> assertThat(i.getAssumption())
        .hasValueSatisfying(a -> assertThat(a).contains("权重为推定")));
    assertThat(guangzhou.indicator("2.1.1")).hasValueSatisfying(i -> {
      assertThat(i.getName()).isEqualTo("预算完成率");
      assertThat(i.getWeight()).contains(d("10"));
      assertThat(i.getRule()).contains(BuiltInRules.proportional());
    });
    assertThat(Rulebooks.byId("mof-project-2020")).contains(Rulebooks.mofProject2020());
    assertThat(Rulebooks.byId("nope")).isEmpty();
    assertThat(Rulebooks.mofProject2020().appliesTo(2021)).isTrue();
    assertThat(guangzhou.appliesTo(2022)).isFalse();
  }

  @Test
  void aBrokenRulebookIsRefusedWithEveryProblemListed() {
    Rulebook.Builder broken = book().addIndicators(
        node("1", 1, null, "60").build(),
        node("1.1", 2, "1", "30").rule(BuiltInRules.bands(Band.of(null, d("10"), d("0")),
            Band.of(d("20"), null, d("35")))).build(),
        node("1.2", 2, "1", "20").rule(BuiltInRules.threshold(d("100"), d("0")))
            .deductionCap(d("25")).build(),
        node("2", 1, null, "30").build(),
        node("2.1", 2, "2", "30").rule(BuiltInRules.proportional(BigDecimal.ZERO)).build(),
        node("2.1", 2, "2", "30").rule(BuiltInRules.deductionPerFinding()).build());

    assertThatThrownBy(broken::build).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.type()).isEqualTo("Rulebook");
      assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
          "$.indicators",                          // roots add up to 90, not 100
          "$.indicators[0].weight",                // 30 + 20 ≠ 60
          "$.indicators[1].rule.bands[1]",         // gap between 10 and 20
          "$.indicators[1].rule.bands[1].points",  // 35 points on a weight of 30
          "$.indicators[2].deductionCap",          // 25 > 20
          "$.indicators[3].weight",                // 30 + 30 ≠ 30
          "$.indicators[5].code");                 // duplicate 2.1
      assertThat(e.violations()).filteredOn(v -> v.path().equals("$.indicators")).singleElement()
          .satisfies(v -> {
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("the weights of the level-1 indicators add up to"
                + " 90, not 100: correct the weights so that they add up");
            assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("一级指标的分值合计 90，不等于 100：请更正分值使其相符");
          });
    });
  }

  @Test
  void aRulesOwnParametersAreCheckedByTheRegistryThatScores() {
    // Each spec is fine as a rulebook sees it; the rules themselves refuse a step of 0 and a
    // proportional target of 0, when the standard registry verifies the book.
    Rulebook book = book().addIndicators(
        node("1", 1, null, "50").rule(BuiltInRules.threshold(d("100"), d("0"))).build(),
        node("2", 1, null, "50").rule(BuiltInRules.proportional(BigDecimal.ZERO)).build())
        .build();

    assertThat(Scorer.standard().verify(book)).extracting(Violation::path)
        .containsExactlyInAnyOrder("$.indicators[0].rule.params.step",
            "$.indicators[1].rule.params.target");
  }

  @Test
  void roundingToFewerDecimalsThanAWeightIsRefused() {
    Rulebook.Builder coarse = book().rounding(RoundingPolicy.builder().scale(0).build())
        .addIndicators(node("1", 1, null, "83.50").rule(BuiltInRules.proportional()).build(),
            node("2", 1, null, "16.50").rule(BuiltInRules.proportional()).build());

    assertThatThrownBy(coarse::build).isInstanceOfSatisfying(InvalidValueException.class, e ->
        assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("$.rounding.scale");
          assertThat(v.message(Locale.ENGLISH)).contains("rounding keeps 0 decimals but the weight 83.50");
        }));
    assertThat(book().rounding(RoundingPolicy.builder().scale(1).build())
        .addIndicators(node("1", 1, null, "83.50").rule(BuiltInRules.proportional()).build(),
            node("2", 1, null, "16.5").rule(BuiltInRules.proportional()).build()).build()
        .getRounding().getScale()).isEqualTo(1);
  }

  @Test
  void overlappingBandsAreRefused() {
    RuleSpec overlapping = BuiltInRules.bands(Band.of(null, d("80"), d("0")),
        Band.of(d("70"), null, d("5")));
    RuleSpec sharedBoundTwice = BuiltInRules.bands(Band.openClosed(null, d("80"), d("0")),
        Band.of(d("80"), null, d("5")));

    for (RuleSpec bands : new RuleSpec[] {overlapping, sharedBoundTwice}) {
      assertThatThrownBy(() -> book().addIndicators(node("1", 1, null, "100").rule(bands).build())
          .build()).isInstanceOfSatisfying(InvalidValueException.class, e ->
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("$.indicators[0].rule.bands[1]");
            assertThat(v.message(Locale.ENGLISH)).startsWith("bands overlap");
          }));
    }
  }

  @Test
  void aLeafNeedsARuleOrAKindAndAParentMustExist() {
    assertThatThrownBy(() -> book().addIndicators(node("1", 1, null, "100").build(),
        node("2.1", 2, "2", "10").rule(BuiltInRules.deductionPerFinding()).build()).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).extracting(Violation::path)
                .containsExactlyInAnyOrder("$.indicators[0].rule", "$.indicators[1].parentCode"));
  }

  @Test
  void theCentralGradeScaleAndItsBoundaries() {
    GradeScale central = GradeScale.central();
    assertThat(central.gradeOf(d("100"))).isEqualTo(Grade.EXCELLENT);
    assertThat(central.gradeOf(d("90"))).isEqualTo(Grade.EXCELLENT);
    assertThat(central.gradeOf(d("89.99"))).isEqualTo(Grade.GOOD);
    assertThat(central.gradeOf(d("80"))).isEqualTo(Grade.GOOD);
    assertThat(central.gradeOf(d("79.99"))).isEqualTo(Grade.FAIR);
    assertThat(central.gradeOf(d("60"))).isEqualTo(Grade.FAIR);
    assertThat(central.gradeOf(d("59.99"))).isEqualTo(Grade.POOR);
    assertThat(central.gradeOf(d("0"))).isEqualTo(Grade.POOR);
  }

  @Test
  void aGradeScaleWithAGapAnOverlapOrAFallingGradeIsRefused() {
    assertThatThrownBy(() -> GradeScale.builder().addBands(GradeBand.of(d("10"), Grade.POOR),
        GradeBand.of(d("60"), Grade.FAIR), GradeBand.of(d("60"), Grade.GOOD),
        GradeBand.of(d("70"), Grade.POOR)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
                "$.bands[0].from", "$.bands[2].from", "$.bands[3].grade"));
  }

  @Test
  void aProvincialScaleIsData() {
    GradeScale provincial = GradeScale.builder().addBands(GradeBand.of(d("0"), Grade.POOR),
        GradeBand.of(d("60"), Grade.FAIR), GradeBand.of(d("70"), Grade.GOOD),
        GradeBand.of(d("80"), Grade.EXCELLENT)).build();
    assertThat(provincial.gradeOf(d("85"))).isEqualTo(Grade.EXCELLENT);
  }

  @Test
  void aReconstructionMustListItsAssumptions() {
    assertThatThrownBy(() -> Provenance.reconstructed("a report's wording"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("assumptions");
  }
}
