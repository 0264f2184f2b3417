package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.result.SkippedCheck;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.spi.ConsistencyCheck;

import io.github.jixiao.rules.spi.PluginException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry of checks, its codes, and the runner's handling of checks that fail. */
class ChecksTest {

  /**
   * Every code Jixiao has ever given a check. A code leaves {@link CheckCode} never, and is never
   * given to another check: add new codes at the end of this list, never edit it.
   */
  private static final List<String> EVER_ISSUED = List.of("JX-000", "JX-101", "JX-102", "JX-103",
      "JX-104", "JX-201", "JX-202", "JX-203", "JX-204", "JX-205", "JX-206", "JX-207", "JX-301",
      "JX-401", "JX-402", "JX-403", "JX-404", "JX-405", "JX-406", "JX-501", "JX-502");

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
      assertThat(check.descriptionZh()).isEqualTo(code.descriptionZh());
    }
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
    });
    assertThatThrownBy(() -> checks.withDiscovered(getClass().getClassLoader()))
        .isInstanceOf(PluginException.class).hasMessageContaining("GZ-001")
        .hasMessageContaining("provider " + DiscoveredChecks.class.getName());
  }

  @Test
  void aCheckThatThrowsBecomesAnErrorFindingNamingItAndTheOthersStillRun() {
    Checks checks = Checks.standard().with(new Throwing("ZZ-1"));

    CheckReport report = checks.run(Fixture.seed().build());

    assertThat(report.findings("JX-000")).singleElement().satisfies(f -> {
      assertThat(f.getCheckCode()).isEqualTo("ZZ-1");
      assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(f.getMessageEn()).contains("check ZZ-1 (always fails) failed")
          .contains("IllegalStateException: boom");
      assertThat(f.getMessageZh()).contains("审核规则 ZZ-1");
    });
    assertThat(report.findings("JX-401")).hasSize(1);
    assertThat(report.findings("JX-404")).hasSize(1);
    assertThat(report.getChecksRun()).contains("ZZ-1", "JX-401");
  }

  @Test
  void aCheckFailingWithAnErrorItCanCauseIsReportedByNameAndTheOthersStillRun() {
    Checks checks = Checks.standard()
        .with(failingWith("ZZ-3", new StackOverflowError()))
        .with(failingWith("ZZ-4", new AssertionError("assumed")))
        .with(failingWith("ZZ-5", new NoClassDefFoundError("com/example/Gone")));

    CheckReport report = checks.run(Fixture.seed().build());

    assertThat(report.findings("JX-000")).extracting(Finding::getCheckCode, Finding::getMessageEn)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ZZ-3", "check ZZ-3 (always fails) failed and"
                + " found nothing: java.lang.StackOverflowError"),
            org.assertj.core.groups.Tuple.tuple("ZZ-4", "check ZZ-4 (always fails) failed and"
                + " found nothing: java.lang.AssertionError: assumed"),
            org.assertj.core.groups.Tuple.tuple("ZZ-5", "check ZZ-5 (always fails) failed and"
                + " found nothing: java.lang.NoClassDefFoundError: com/example/Gone"));
    assertThat(report.findings("JX-404")).hasSize(1);
  }

  @Test
  void anOutOfMemoryErrorOfACheckPropagates() {
    OutOfMemoryError oom = new OutOfMemoryError("test");
    Checks checks = Checks.none().with(failingWith("ZZ-6", oom));

    assertThatThrownBy(() -> checks.run(Fixture.consistent().build())).isSameAs(oom);
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
            .severity(Severity.ERROR).path("").messageEn("forged").messageZh("伪造").build());
      }
    };

    CheckReport report = Checks.none().with(liar).run(Fixture.consistent().build());

    assertThat(report.getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getCode()).isEqualTo("JX-000");
      assertThat(f.getCheckCode()).isEqualTo("ZZ-2");
      assertThat(f.getMessageEn()).contains("another check (JX-101)");
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
        .path("entries[2].deviationReason").messageEn("m").messageZh("m").build();
    Finding early = Finding.builder().code("JX-101").checkCode("JX-101").severity(Severity.ERROR)
        .path("statedFigures[0].statedValue").messageEn("m").messageZh("m").build();

    assertThatThrownBy(() -> CheckReport.builder().addFinding(late).addFinding(early).build())
        .hasMessageContaining("findings[1]");
    assertThatThrownBy(() -> CheckReport.builder().addChecksRun("JX-101")
        .addChecksNotRun(SkippedCheck.of("JX-101", "why", "为何")).build())
        .hasMessageContaining("checksNotRun[0].checkCode");
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
    public String description() {
      return "always fails";
    }

    @Override
    public String descriptionZh() {
      return "总是出错";
    }

    @Override
    public List<Finding> check(CheckContext context) {
      throw new IllegalStateException("boom");
    }
  }
}
