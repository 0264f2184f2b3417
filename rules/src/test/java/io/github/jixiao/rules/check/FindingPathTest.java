package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.spi.ConsistencyCheck;

import org.junit.jupiter.api.Test;

/** A finding names its place by a JSON path from the self-evaluation's root. */
class FindingPathTest {

  private static Finding.Builder seedsExecutionRate() {
    return Finding.builder().code("JX-101").checkCode("JX-101").severity(Severity.ERROR)
        .message(Message.of("check.stated-rate.differs", Argument.text("name", "预算执行率"),
            Argument.number("stated", new java.math.BigDecimal("92.00"))))
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
      public Message description() {
        return Message.custom("zz.check.executed", "执行数已填报", "the executed amount is reported");
      }

      @Override
      public java.util.List<Finding> check(CheckContext context) {
        return java.util.List.of();
      }
    };

    Finding f = check.finding("budget.executed").message(Message.custom("zz.executed",
        "执行数 {executed} 万元", "executed {executed} ten thousand yuan",
        Argument.number("executed", new java.math.BigDecimal("3212.37")))).build();

    assertThat(f.getPath()).isEqualTo("$.budget.executed");
    assertThat(f.message(java.util.Locale.CHINESE)).isEqualTo("执行数 3212.37 万元");
    assertThat(f.message(java.util.Locale.ENGLISH)).isEqualTo("executed 3212.37 ten thousand yuan");
  }
}
