package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.spi.ConsistencyCheck;

import org.junit.jupiter.api.Test;

/** A finding names its place by a JSON path from the self-evaluation's root. */
class FindingPathTest {

  private static Finding.Builder seedsExecutionRate() {
    return Finding.builder().code("JX-101").checkCode("JX-101").severity(Severity.ERROR)
        .messageZh("“预算执行率”表述为 92.00，但按公式计算为 91.85")
        .messageEn("'预算执行率' is stated as 92.00 but the formula gives 91.85")
        .expected("91.85").actual("92.00");
  }

  @Test
  void aRootedPathIsKeptAsItIs() {
    assertThat(seedsExecutionRate().path("$.statedFigures[1].statedValue").build().getPath())
        .isEqualTo("$.statedFigures[1].statedValue");
  }

  @Test
  void aPathWithoutTheRootAsJixiaoZeroPointOneWroteItIsReadFromTheRoot() {
    Finding old = seedsExecutionRate().path("statedFigures[1].statedValue").build();

    assertThat(old.getPath()).isEqualTo("$.statedFigures[1].statedValue");
    assertThat(old).isEqualTo(seedsExecutionRate().path("$.statedFigures[1].statedValue").build());
    assertThat(seedsExecutionRate().path("").build().getPath()).isEqualTo("$");
  }

  @Test
  void aUsersCheckThatGivesABarePathGetsARootedOne() {
    ConsistencyCheck check = new ConsistencyCheck() {
      @Override
      public String code() {
        return "JX-901";
      }

      @Override
      public Severity severity() {
        return Severity.WARNING;
      }

      @Override
      public String description() {
        return "the executed amount is reported";
      }

      @Override
      public String descriptionZh() {
        return "执行数已填报";
      }

      @Override
      public java.util.List<Finding> check(CheckContext context) {
        return java.util.List.of();
      }
    };

    Finding f = check.finding("budget.executed").messageZh("执行数 3212.37 万元")
        .messageEn("executed 3212.37 万元").build();

    assertThat(f.getPath()).isEqualTo("$.budget.executed");
  }
}
