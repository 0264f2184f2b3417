package io.github.jixiao.testkit;

import static io.github.jixiao.testkit.quicktheories.QuickTheoriesGens.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.OrganisationalUnit;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generators of single domain values build valid values, with the properties their javadoc
 * promises: each is checked against the property, not merely built.
 */
class DomainValueGensTest {

  private static final List<String> QUARTERS = List.of("第一季度", "第二季度", "第三季度", "第四季度");

  @Test
  void dutiesAreCodedOneToSixWithATextAndMaybeAnOrgan() {
    qt().forAll(of(JixiaoGens.duties())).checkAssert(duty -> {
      assertThat(duty.getCode()).matches("duty-[1-6]");
      assertThat(duty.getText()).isNotBlank();
      duty.getOrgan().ifPresent(organ -> assertThat(organ).isNotBlank());
    });
  }

  @Test
  void aUnitsParentIsAUnitOfASmallerNumberAndNeverItself() {
    qt().forAll(of(JixiaoGens.organisationalUnits())).checkAssert(unit -> {
      assertThat(unit.getCode()).matches("unit-[1-5]");
      assertThat(unit.getName()).isNotBlank();
      unit.getParentCode().ifPresent(parent -> {
        assertThat(parent).matches("unit-[1-4]");
        assertThat(number(parent)).isLessThan(number(unit.getCode()));
      });
    });
    // Unit 1 has nowhere to hang: it is always a root.
    RandomSource source = RandomSource.seeded(5);
    for (int i = 0; i < 300; i++) {
      OrganisationalUnit unit = JixiaoGens.organisationalUnits().generate(source);
      if (unit.getCode().equals("unit-1")) {
        assertThat(unit.getParentCode()).isEmpty();
      }
    }
  }

  @Test
  void staffingNeverHasMoreStaffInPostThanPosts() {
    qt().forAll(of(JixiaoGens.staffing())).checkAssert(staffing -> {
      assertThat(staffing.getAuthorisedPosts()).isBetween(0, 200);
      assertThat(staffing.getStaffInPost()).isBetween(0, staffing.getAuthorisedPosts());
    });
  }

  @Test
  void aBudgetLineIsExecutedWithinItsBudgetInWholeFen() {
    qt().forAll(of(JixiaoGens.budgetLines())).checkAssert(DomainValueGensTest::assertWithin);
  }

  @Test
  void eachOfTheThreePublicExpensesIsExecutedWithinItsBudget() {
    qt().forAll(of(JixiaoGens.threePublicExpenses())).checkAssert(three -> {
      Stream.of(three.getOverseasTrips(), three.getVehicles(), three.getHospitality())
          .forEach(DomainValueGensTest::assertWithin);
      three.getPreviousYearBudget().ifPresent(previous -> assertThat(previous).isNotNegative());
    });
  }

  @Test
  void aCarryOverIsInWholeFenAndNeverNegative() {
    qt().forAll(of(JixiaoGens.carryOvers())).checkAssert(carry -> {
      assertThat(carry.getAtStart()).isNotNegative();
      assertThat(carry.getAtEnd()).isNotNegative();
      assertThat(carry.getAtStart().scale()).isEqualTo(2);
      assertThat(carry.getAtEnd().scale()).isEqualTo(2);
    });
  }

  @Test
  void aPaymentIsOfAQuarterAndPaysNoMoreThanPlanned() {
    qt().forAll(of(JixiaoGens.payments())).checkAssert(payment -> {
      assertThat(payment.getPeriod()).isIn(QUARTERS);
      assertThat(payment.getPaid()).isBetween(BigDecimal.ZERO, payment.getPlanned());
    });
  }

  @Test
  void aProblemIsInAnAreaAndNamesOnlyIndicatorsThatLostPoints() {
    qt().forAll(of(JixiaoGens.problems())).checkAssert(problem -> {
      assertThat(problem.getText()).isNotBlank();
      assertThat(problem.getAreas()).isNotEmpty();
      assertThat(problem.getIndicatorCodes()).isEmpty();
    });
    List<String> lost = List.of("1.2", "3");
    RandomSource source = RandomSource.seeded(3);
    Set<String> named = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      List<String> codes = JixiaoGens.problems(lost).generate(source).getIndicatorCodes();
      assertThat(codes).hasSizeLessThanOrEqualTo(1).isSubsetOf(lost);
      named.addAll(codes);
    }
    assertThat(named).containsExactlyInAnyOrderElementsOf(lost);
  }

  @Test
  void anImprovementIsInAnArea() {
    qt().forAll(of(JixiaoGens.improvements())).checkAssert(improvement -> {
      assertThat(improvement.getText()).isNotBlank();
      assertThat(improvement.getAreas()).isNotEmpty();
    });
  }

  @Test
  void narrativeClaimsAreOfBothKindsAndQuoteTheReport() {
    RandomSource source = RandomSource.seeded(11);
    Set<ClaimKind> kinds = EnumSet.noneOf(ClaimKind.class);
    for (int i = 0; i < 200; i++) {
      NarrativeClaim claim = JixiaoGens.narrativeClaims().generate(source);
      assertThat(claim.getQuote()).isNotBlank();
      if (claim.getKind() == ClaimKind.ALL_TARGETS_MET) {
        assertThat(claim.getQuote()).contains("均达到");
      }
      kinds.add(claim.getKind());
    }
    assertThat(kinds).contains(ClaimKind.ALL_TARGETS_MET, ClaimKind.OTHER);
  }

  @Test
  void anIndicatorOnItsOwnIsALevelOneLeafWithWhatItsKindNeeds() {
    qt().forAll(of(JixiaoGens.indicators())).checkAssert(indicator -> {
      assertThat(indicator.getCode()).isEqualTo("1");
      assertThat(indicator.getLevel()).isEqualTo(1);
      assertThat(indicator.getParentCode()).isEmpty();
      assertThat(indicator.getWeight()).isPositive().isLessThanOrEqualTo(new BigDecimal("100"));
      assertThat(indicator.getWeight().scale()).isEqualTo(2);
      if (indicator.getKind() == IndicatorKind.QUANTITATIVE) {
        assertThat(indicator.getUnit()).isPresent();
        assertThat(indicator.getTarget()).hasValueSatisfying(target -> {
          assertThat(target).isNotNegative();
          if (indicator.getDirection().orElseThrow() == Direction.AT_LEAST) {
            assertThat(target).isPositive();
          }
        });
      } else {
        assertThat(indicator.getTargetText()).isPresent();
        assertThat(indicator.getDirection()).isEmpty();
      }
    });
  }

  @Test
  void anEntryOnItsOwnClaimsItsFormulasPointsOrAPointInsideItsBand() {
    qt().forAll(of(JixiaoGens.indicators().flatMap(indicator ->
        JixiaoGens.entry(indicator).map(entry -> Map.entry(indicator, entry)))))
        .checkAssert(pair -> GeneratedValuesPropertiesTest.assertEntriesAgreeWith(
            List.of(pair.getKey()), List.of(pair.getValue()), List.of()));
  }

  @Test
  void anEntryOnItsOwnIsOnlyForALevelOneIndicatorOfAtMostOneHundred() {
    Indicator child = Indicator.builder().code("1.1").name("完成率").level(2).parentCode("1")
        .weight(new BigDecimal("5")).kind(IndicatorKind.QUALITATIVE).build();
    assertThatThrownBy(() -> JixiaoGens.entry(child))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'1.1' is at level 2");
    Indicator heavy = Indicator.builder().code("1").name("完成率").level(1)
        .weight(new BigDecimal("100.01")).kind(IndicatorKind.QUALITATIVE).build();
    assertThatThrownBy(() -> JixiaoGens.entry(heavy))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100.01");
  }

  @Test
  void moneyIsDrawnUpToItsBoundAndRefusesABoundBelowZeroOrFinerThanAFen() {
    qt().forAll(of(JixiaoGens.money(new BigDecimal("12.34")))).checkAssert(amount -> {
      assertThat(amount).isBetween(BigDecimal.ZERO, new BigDecimal("12.34"));
      assertThat(amount.scale()).isEqualTo(2);
    });
    assertThat(JixiaoGens.money(new BigDecimal("0.000")).generate(RandomSource.seeded(1)))
        .isEqualByComparingTo("0");
    // −0.001 used to truncate to zero fen and pass.
    assertThatThrownBy(() -> JixiaoGens.money(new BigDecimal("-0.001")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below zero");
    assertThatThrownBy(() -> JixiaoGens.money(new BigDecimal("1.005")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number of fen");
    assertThatThrownBy(() -> JixiaoGens.money(new BigDecimal("1E+20")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole number of fen");
  }

  @Test
  void unshapedInputsRefuseATypeThatIsNotBuiltIn() {
    assertThatThrownBy(() -> RuleGens.unshapedInputs("no-such-rule"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'no-such-rule' is not a built-in rule type");
  }

  private static void assertWithin(BudgetLine line) {
    assertThat(line.getExecuted()).isBetween(BigDecimal.ZERO, line.getBudget());
    assertThat(line.getBudget().scale()).isEqualTo(2);
    assertThat(line.getExecuted().scale()).isEqualTo(2);
  }

  private static int number(String code) {
    return Integer.parseInt(code.substring(code.indexOf('-') + 1));
  }
}
