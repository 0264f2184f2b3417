package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.MessageBundleException;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.result.SkippedCheck;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.spi.ConsistencyCheck;

import io.github.jixiao.rules.spi.PluginException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The registry of checks, its codes, and the runner's handling of checks that fail. */
class ChecksTest {

  /**
   * Every code Jixiao has ever given a check. A code leaves {@link CheckCode} never, and is never
   * given to another check: add new codes in code order (the enum's and the standard set's), never
   * remove or renumber one.
   */
  private static final List<String> EVER_ISSUED = List.of("JX-000", "JX-101", "JX-102", "JX-103",
      "JX-104", "JX-105", "JX-201", "JX-202", "JX-203", "JX-204", "JX-205", "JX-206", "JX-207",
      "JX-208", "JX-209", "JX-210", "JX-211", "JX-212",
      "JX-213", "JX-301", "JX-302", "JX-401", "JX-402", "JX-403", "JX-404", "JX-405", "JX-406",
      "JX-407", "JX-501", "JX-502", "JX-601", "JX-602", "JX-603", "JX-604", "JX-605", "JX-606",
      "JX-607", "JX-608");

  @Test
  void codesAreUniqueWellFormedAndNoneIsEverDroppedOrReused() {
    List<String> codes = Arrays.stream(CheckCode.values()).map(CheckCode::code).toList();

    assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("JX-\\d{3}"));
    assertThat(codes).containsExactlyElementsOf(EVER_ISSUED);
    assertThat(CheckCode.find("JX-101")).contains(CheckCode.STATED_RATE);
    assertThat(CheckCode.find("JX-999")).isEmpty();
  }

  @Test
  void theStandardSetHoldsACheckForEveryCodeButTheFailureCodeInCodeOrder() {
    List<String> expected = Arrays.stream(CheckCode.values()).map(CheckCode::code)
        .filter(c -> !c.equals("JX-000")).toList();

    assertThat(Checks.standard().codes()).containsExactlyElementsOf(expected);
    for (ConsistencyCheck check : Checks.standard()) {
      CheckCode code = CheckCode.find(check.code()).orElseThrow();
      assertThat(check.severity()).isEqualTo(code.severity());
      assertThat(check.description()).isEqualTo(code.description());
      assertThat(check.description().getKey()).isEqualTo("check.code." + code.code());
    }
    assertThat(CheckCode.STATED_RATE.description(Locale.ENGLISH)).isEqualTo("a stated rate"
        + " differs from its own numerator ÷ denominator at the stated precision");
    assertThat(CheckCode.STATED_RATE.description(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("表述的比率与其自身分子÷分母按表述精度计算的结果不一致");
    assertThat(Checks.standard().find("JX-101").orElseThrow()).hasToString("JX-101 a stated rate"
        + " differs from its own numerator ÷ denominator at the stated precision");
  }

  @Test
  void aDuplicateCodeIsRefusedNamingBothClasses() {
    ConsistencyCheck impostor = new Throwing("JX-101");

    assertThatThrownBy(() -> Checks.standard().with(impostor))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("consistency check code 'JX-101' is given twice")
        .hasMessageContaining(Throwing.class.getName())
        .hasMessageContaining("StatedRateCheck");
    assertThatThrownBy(() -> Checks.none().with(new Throwing("X-1"), new Throwing("X-1")))
        .isInstanceOf(PluginException.class);
    assertThatThrownBy(() -> Checks.none().with(new Throwing(" ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no code");
  }

  @Test
  void aCheckIsFoundThroughServiceLoaderAndRunsBesideTheStandardOnes() {
    Checks checks = Checks.standard().withDiscovered(getClass().getClassLoader());

    assertThat(checks.find("GZ-001")).containsInstanceOf(DiscoveredCheck.class);
    CheckReport report = checks.run(Fixture.seed().build());
    assertThat(report.getChecksRun()).contains("GZ-001");
    assertThat(report.findings("GZ-001")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.improvements");
      assertThat(f.getExpected()).hasValue("1");
      assertThat(f.getActual()).hasValue("0");
      // In the words of the provider's own bundle, which discovery registered.
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("problems: 1; improvement measures: 0");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("存在问题 1 个，改进措施 0 条");
    });
    assertThat(checks.find("GZ-001").orElseThrow().description().render(Locale.CHINESE))
        .isEqualTo("改进措施少于存在的问题");
    assertThatThrownBy(() -> checks.withDiscovered(getClass().getClassLoader()))
        .isInstanceOf(PluginException.class).hasMessageContaining("GZ-001")
        .hasMessageContaining("provider " + DiscoveredChecks.class.getName());
  }

  @Test
  void aCheckThatThrowsBecomesAnErrorFindingNamingItAndTheOthersStillRun() {
    Checks checks = Checks.standard().with(new Throwing("ZZ-1"));

    CheckReport report = checks.run(Fixture.seed().build());

    // Its class and where it was thrown, in Jixiao's words; never its own text ("boom").
    String where = "io.github.jixiao.rules.check.ChecksTest$Throwing.check(ChecksTest.java:";
    assertThat(report.findings("JX-000")).singleElement().satisfies(f -> {
      assertThat(f.getCheckCode()).isEqualTo("ZZ-1");
      assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(f.message(Locale.ENGLISH)).startsWith("check ZZ-1 (always fails) failed and"
          + " found nothing: it threw java.lang.IllegalStateException at " + where)
          .endsWith(")").doesNotContain("boom");
      assertThat(f.message(Locale.CHINESE)).startsWith("审核规则 ZZ-1（总是出错）执行出错，未得出结论："
          + "在 " + where).endsWith(") 抛出了 java.lang.IllegalStateException")
          .doesNotContain("boom");
    });
    assertThat(report.findings("JX-401")).hasSize(1);
    assertThat(report.findings("JX-404")).hasSize(1);
    assertThat(report.getChecksRun()).contains("ZZ-1", "JX-401");
  }

  @Test
  void aCheckFailingWithAnErrorItCanCauseIsReportedByNameAndTheOthersStillRun() {
    Error overflow = new StackOverflowError();
    Error assumed = new AssertionError("assumed");
    Error gone = new NoClassDefFoundError("com/example/Gone");
    Error nowhere = new AssertionError("no trace");
    nowhere.setStackTrace(new StackTraceElement[0]);
    Checks checks = Checks.standard()
        .with(failingWith("ZZ-3", overflow))
        .with(failingWith("ZZ-4", assumed))
        .with(failingWith("ZZ-5", gone))
        .with(failingWith("ZZ-7", nowhere));

    CheckReport report = checks.run(Fixture.seed().build());

    assertThat(report.findings("JX-000"))
        .extracting(Finding::getCheckCode, f -> f.message(Locale.ENGLISH))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ZZ-3", "check ZZ-3 (always fails) failed and"
                + " found nothing: it threw java.lang.StackOverflowError at " + frame(overflow)),
            org.assertj.core.groups.Tuple.tuple("ZZ-4", "check ZZ-4 (always fails) failed and"
                + " found nothing: it threw java.lang.AssertionError at " + frame(assumed)),
            org.assertj.core.groups.Tuple.tuple("ZZ-5", "check ZZ-5 (always fails) failed and"
                + " found nothing: it threw java.lang.NoClassDefFoundError at " + frame(gone)),
            org.assertj.core.groups.Tuple.tuple("ZZ-7", "check ZZ-7 (always fails) failed and"
                + " found nothing: it threw java.lang.AssertionError"));
    assertThat(report.findings("JX-000").get(1).message(Locale.CHINESE)).isEqualTo("审核规则 ZZ-4"
        + "（总是出错）执行出错，未得出结论：在 " + frame(assumed) + " 抛出了 java.lang.AssertionError");
    assertThat(report.findings("JX-404")).hasSize(1);
  }

  /** Where {@code e} was made, as a JX-000 finding names it: class, method, file and line. */
  private static String frame(Throwable e) {
    StackTraceElement at = e.getStackTrace()[0];
    return at.getClassName() + "." + at.getMethodName() + "(" + at.getFileName() + ":"
        + at.getLineNumber() + ")";
  }

  @Test
  void aCheckBuildingAnInvalidFindingIsReportedWithTheViolationsInTheReadersLanguage() {
    ConsistencyCheck careless = new Throwing("ZZ-10") {
      @Override
      public List<Finding> check(CheckContext context) {
        return List.of(blankCoded());
      }
    };
    InvalidValueException thrown = catchThrowableOfType(InvalidValueException.class,
        ChecksTest::blankCoded);
    Violation blank = thrown.violations().get(0);

    CheckReport report = Checks.none().with(careless).run(Fixture.consistent().build());

    assertThat(blank.path()).isEqualTo("$.code");
    assertThat(report.getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getCode()).isEqualTo("JX-000");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("check ZZ-10 (always fails) failed and"
          + " found nothing: it made an invalid Finding: $.code: "
          + blank.message(Locale.ENGLISH));
      assertThat(f.message(Locale.CHINESE)).isEqualTo("审核规则 ZZ-10（总是出错）执行出错，未得出结论："
          + "其生成的 Finding 不合法：$.code：" + blank.message(Locale.CHINESE));
    });
  }

  @Test
  void aCheckFailingWithAnotherOfJixiaosExceptionsIsReportedInThatExceptionsWords() {
    MessageBundleException refused = new MessageBundleException(
        Message.of("core.message.provider-threw"), null);
    Checks checks = Checks.none().with(failingWith("ZZ-11", refused));

    assertThat(checks.run(Fixture.consistent().build()).getFindings()).singleElement()
        .satisfies(f -> {
          assertThat(f.getMessage().argument("reason").flatMap(a -> a.getMessage()))
              .contains(refused.said());
          assertThat(f.message(Locale.ENGLISH)).isEqualTo("check ZZ-11 (always fails) failed"
              + " and found nothing: its provider failed");
          assertThat(f.message(Locale.CHINESE)).isEqualTo("审核规则 ZZ-11（总是出错）执行出错，未得出结论："
              + "提供者出错");
        });
  }

  /** A finding whose code is blank: refused when built. */
  private static Finding blankCoded() {
    return Finding.builder().code(" ").checkCode("ZZ-10").severity(Severity.INFO).path("$")
        .message(Message.of("zz.m")).build();
  }

  @Test
  void anOutOfMemoryErrorOfACheckPropagates() {
    OutOfMemoryError oom = new OutOfMemoryError("test");
    Checks checks = Checks.none().with(failingWith("ZZ-6", oom));

    assertThatThrownBy(() -> checks.run(Fixture.consistent().build())).isSameAs(oom);
  }

  private static ConsistencyCheck failingWith(String code, RuntimeException exception) {
    return new Throwing(code) {
      @Override
      public List<Finding> check(CheckContext context) {
        throw exception;
      }
    };
  }

  private static ConsistencyCheck failingWith(String code, Error error) {
    return new Throwing(code) {
      @Override
      public List<Finding> check(CheckContext context) {
        throw error;
      }
    };
  }

  @Test
  void aCheckReturningAnotherChecksFindingIsReportedAsFailed() {
    ConsistencyCheck liar = new Throwing("ZZ-2") {
      @Override
      public List<Finding> check(CheckContext context) {
        return List.of(Finding.builder().code("JX-101").checkCode("JX-101")
            .severity(Severity.ERROR).path("").message(Message.of("zz.forged")).build());
      }
    };
    ConsistencyCheck nulls = new Throwing("ZZ-8") {
      @Override
      public List<Finding> check(CheckContext context) {
        return null;
      }
    };

    CheckReport report = Checks.none().with(liar, nulls).run(Fixture.consistent().build());

    assertThat(report.getFindings()).satisfiesExactly(f -> {
      assertThat(f.getCode()).isEqualTo("JX-000");
      assertThat(f.getCheckCode()).isEqualTo("ZZ-2");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("check ZZ-2 (always fails) failed and"
          + " found nothing: it returned a finding of another check (JX-101)");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("审核规则 ZZ-2（总是出错）执行出错，未得出结论："
          + "返回了其他审核规则的问题（JX-101）");
    }, f -> {
      assertThat(f.getCheckCode()).isEqualTo("ZZ-8");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("check ZZ-8 (always fails) failed and"
          + " found nothing: it returned null instead of a list of findings");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("审核规则 ZZ-8（总是出错）执行出错，未得出结论："
          + "返回了空值而不是问题列表");
    });
  }

  @Test
  void findingsAreOrderedByCheckCodeThenPathWithIndicesAsNumbers() {
    io.github.jixiao.rules.check.Fixture.Draft draft = Fixture.consistent();
    for (int i = 0; i < 11; i++) {
      draft.entries.add(0, Fixture.entry("x" + i, "1", "1"));
      draft.indicators.add(Fixture.quantitative("x" + i, "附加指标" + i, "9.9", "1",
          io.github.jixiao.core.Direction.AT_LEAST, "2", null));
    }

    CheckReport report = Checks.standard().run(draft.build());

    assertThat(report.findings("JX-406")).extracting(Finding::getPath).containsExactly(
        "$.entries[0].deviationReason", "$.entries[1].deviationReason", "$.entries[2].deviationReason",
        "$.entries[3].deviationReason", "$.entries[4].deviationReason", "$.entries[5].deviationReason",
        "$.entries[6].deviationReason", "$.entries[7].deviationReason", "$.entries[8].deviationReason",
        "$.entries[9].deviationReason", "$.entries[10].deviationReason");
    assertThat(report.getFindings()).extracting(Finding::getCheckCode).isSorted();
  }

  @Test
  void aReportOutOfOrderOrRunningACheckTwiceCannotBeBuilt() {
    Finding late = Finding.builder().code("JX-406").checkCode("JX-406").severity(Severity.WARNING)
        .path("entries[2].deviationReason").message(Message.of("zz.m")).build();
    Finding early = Finding.builder().code("JX-101").checkCode("JX-101").severity(Severity.ERROR)
        .path("statedFigures[0].statedValue").message(Message.of("zz.m")).build();

    assertThatThrownBy(() -> CheckReport.builder().addFinding(late).addFinding(early).build())
        .hasMessageContaining("findings[1]")
        .hasMessageContaining("findings must be in report order: by check code, then path");
    assertThatThrownBy(() -> CheckReport.builder().addChecksRun("JX-101")
        .addChecksNotRun(SkippedCheck.of("JX-101", Message.of("check.not-run.no-rulebook")))
        .build())
        .hasMessageContaining("checksNotRun[0].checkCode")
        .hasMessageContaining("check JX-101 is listed both as run and as not run");
  }

  @Test
  void findingsAtOnePlaceAreOrderedByMessageKeyThenArgumentsWhateverTheWords() {
    List<Finding> findings = new ArrayList<>(List.of(
        at("zz.b", Argument.number("n", 1)),
        at("zz.a", Argument.text("t", "乙")),
        at("zz.a", Argument.number("n", 10)),
        at("zz.a", Argument.number("n", 9)),
        at("zz.a", Argument.text("t", "甲")),
        at("zz.a", Argument.message("m", Message.of("zz.y"))),
        at("zz.a", Argument.message("m", Message.of("zz.x")))));

    assertThatThrownBy(() -> CheckReport.builder().addAllFindings(findings).build())
        .hasMessageContaining("findings[1]");
    findings.sort(Finding.reportOrder());

    assertThat(findings).extracting(f -> f.getMessage().getKey() + " "
        + f.getMessage().getArguments().get(0).getName()).containsExactly("zz.a m", "zz.a m",
            "zz.a n", "zz.a n", "zz.a t", "zz.a t", "zz.b n");
    assertThat(findings).extracting(f -> f.getMessage().getArguments().get(0).render(
        Locale.ENGLISH)).containsExactly("zz.x", "zz.y", "9", "10", "乙", "甲", "1");
    assertThat(CheckReport.builder().addAllFindings(findings).build().getFindings())
        .isEqualTo(findings);
  }

  private static Finding at(String key, Argument argument) {
    return Finding.builder().code("ZZ-9").checkCode("ZZ-9").severity(Severity.INFO).path("$")
        .message(Message.of(key, argument)).build();
  }

  private static class Throwing implements ConsistencyCheck {
    private final String code;

    Throwing(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public Severity severity() {
      return Severity.WARNING;
    }

    @Override
    public Message description() {
      return Message.custom("zz.check.always-fails", "总是出错", "always fails");
    }

    @Override
    public List<Finding> check(CheckContext context) {
      throw new IllegalStateException("boom");
    }
  }
}
