package io.github.jixiao.core;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defect 11 as it reaches core: values with very many parts are checked in linear time,
 * and the exception listing their violations stays short however many there are.
 */
class LargeValuesTest {

  private static final Duration BOUND = Duration.ofSeconds(2);

  private static Department.Builder office() {
    return Department.builder().code("baiyun-rd-sc-office").name("广州市白云区人民代表大会常务委员会办公室")
        .level(GovernmentLevel.COUNTY).region("广东省广州市白云区").kind(DepartmentKind.ADMINISTRATIVE);
  }

  @Test
  void aLongChainOfUnitsIsCheckedForCyclesInLinearTime() {
    // 200 000 units, each the parent of the next: the old check walked every chain to its root
    Department.Builder department = office();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      OrganisationalUnit.Builder unit = OrganisationalUnit.builder().code("u" + i).name("科室" + i);
      if (i > 0) {
        unit.parentCode("u" + (i - 1));
      }
      department.addUnit(unit.build());
    }
    Department built = assertTimeoutPreemptively(BOUND, department::build);
    assertThat(built.getUnits()).hasSize(n);
  }

  @Test
  void aCycleIsStillFoundOnEveryUnitInIt() {
    // a → b → c → a, and d under a: the three in the cycle are refused, d is not
    Department.Builder department = office()
        .addUnit(OrganisationalUnit.builder().code("a").name("甲").parentCode("c").build())
        .addUnit(OrganisationalUnit.builder().code("b").name("乙").parentCode("a").build())
        .addUnit(OrganisationalUnit.builder().code("c").name("丙").parentCode("b").build())
        .addUnit(OrganisationalUnit.builder().code("d").name("丁").parentCode("a").build());

    assertThatThrownBy(department::build).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.violations()).extracting(Violation::path)
            .containsExactly("$.units[0].parentCode", "$.units[1].parentCode",
                "$.units[2].parentCode"));
  }

  @Test
  void manyDuplicateCodesKeepTheFirstThousandAndCountTheRest() {
    // 200 000 duties with one code: 199 999 violations, the first 1 000 kept and the rest
    // counted, the message naming 20
    Department.Builder department = office();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      department.addDuty(Duty.builder().code("duty-1").text("负责区人大会议的会务组织").build());
    }
    InvalidValueException e = assertTimeoutPreemptively(BOUND,
        () -> org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
            department::build));
    assertThat(e.violations()).hasSize(1000);
    assertThat(e.omitted()).isEqualTo(198_999);
    assertThat(e.violations()).extracting(Violation::path)
        .contains("$.duties[1].code", "$.duties[1000].code").doesNotContain("$.duties[1001].code");
    assertThat(e.describe(java.util.Locale.ENGLISH)).endsWith("\nand 198999 more");
    assertThat(e.getMessage()).startsWith("Invalid Department (199999 problems): ")
        .endsWith("; and 199979 more").hasSizeLessThan(3_000);
  }

  @Test
  void aLongCodeIsShortenedInTheMessagesThatNameIt() {
    String longCode = "x".repeat(100_000);
    Department.Builder department = office()
        .addUnit(OrganisationalUnit.builder().code("a").name("甲").parentCode(longCode).build());

    assertThatThrownBy(department::build).isInstanceOfSatisfying(InvalidValueException.class,
        e -> {
          assertThat(e.violations()).hasSize(1);
          assertThat(e.violations().get(0).message(Locale.ENGLISH)).hasSizeLessThan(200);
          assertThat(e.violations().get(0).message(Locale.CHINESE)).hasSizeLessThan(200);
        });
  }
}
