package io.github.jixiao.testkit;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import static io.github.jixiao.testkit.quicktheories.QuickTheoriesGens.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.spi.ConsistencyCheck;
import io.github.jixiao.testkit.quicktheories.QuickTheoriesLaws;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A reviewer's checks find no error in the consistent evaluations the testkit generates. */
class ChecksPropertiesTest {

  @Test
  void generatedConsistentEvaluationsGiveNoErrorFindings() {
    qt().withExamples(200).forAll(of(JixiaoGens.selfEvaluations(), ConsistencyCheckLaws::describe))
        .checkAssert(evaluation -> assertThat(Checks.standard().run(evaluation).getFindings())
            .filteredOn(f -> f.getSeverity() == Severity.ERROR).isEmpty());
  }

  @Test
  void evaluationsGeneratedUnderARulebookGiveNoErrorFindingsEither() {
    qt().withExamples(100).forAll(of(RulebookGens.scorable()))
        .checkAssert(pair -> assertThat(Checks.standard().run(pair.evaluation()).getFindings())
            .filteredOn(f -> f.getSeverity() == Severity.ERROR).isEmpty());
  }

  static Stream<ConsistencyCheck> standardChecks() {
    return Checks.standard().list().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standardChecks")
  void everyStandardCheckKeepsTheLaws(ConsistencyCheck check) {
    QuickTheoriesLaws.check(ConsistencyCheckLaws.of(check), 100);
  }

  @Test
  void theChecksThatStateFactsAreSilentEvenOfWarningsOnGeneratedEvaluations() {
    // JX-406: every missed target has a deviation reason; JX-403: problems name only indicators
    // that lost points; JX-405: a low execution rate is explained; JX-407: a stated figure is the
    // table's own; JX-607: every claim has its actual; JX-213: no rulebook caps a default cost.
    for (String code : List.of("JX-403", "JX-405", "JX-406", "JX-407", "JX-501", "JX-607",
        "JX-213")) {
      ConsistencyCheckLaws.of(Checks.standard().find(code).orElseThrow())
          .silentFrom(Severity.INFO).checkRandomly(2021, 200);
    }
  }

  /** A check that cries wolf: an error on every evaluation. */
  static final class AlwaysWrong implements ConsistencyCheck {
    @Override
    public String code() {
      return "MY-001";
    }

    @Override
    public Severity severity() {
      return Severity.ERROR;
    }

    @Override
    public Message description() {
      return Message.custom("my.always", "总能发现问题", "always finds something");
    }

    @Override
    public List<Finding> check(CheckContext context) {
      return List.of(finding("claimedTotal")
          .message(Message.custom("my.always.found", "错误", "wrong")).build());
    }
  }

  /** A check that finds one thing of {@code severity} on every evaluation, or throws, or gives null. */
  static final class Fixed implements ConsistencyCheck {
    private final Severity severity;
    private final String does;

    Fixed(Severity severity, String does) {
      this.severity = severity;
      this.does = does;
    }

    @Override
    public String code() {
      return "MY-002";
    }

    @Override
    public Severity severity() {
      return severity;
    }

    @Override
    public Message description() {
      return Message.custom("my.fixed", "固定结果：{does}", "does {does}",
          Argument.text("does", does));
    }

    @Override
    public List<Finding> check(CheckContext context) {
      return switch (does) {
        case "throw" -> throw new IllegalStateException("cannot read the budget");
        case "null" -> null;
        default -> List.of(finding("budget")
            .message(Message.custom("my.fixed.found", "请看", "look")).build());
      };
    }
  }

  @Test
  void aCheckThatThrowsBreaksReturnsFindingsNamingTheCheckAndKeepingTheCause() {
    assertThatThrownBy(() -> ConsistencyCheckLaws.of(new Fixed(Severity.ERROR, "throw"))
        .checkRandomly(1, 1))
        .isInstanceOfSatisfying(LawViolation.class, e -> {
          assertThat(e.law()).isEqualTo(ConsistencyCheckLaws.Law.RETURNS_FINDINGS.name());
          assertThat(e).hasMessageContaining("MY-002").hasMessageContaining("Fixed")
              .hasMessageContaining("cannot read the budget")
              .hasCauseInstanceOf(IllegalStateException.class);
        });
    assertThatThrownBy(() -> ConsistencyCheckLaws.of(new Fixed(Severity.ERROR, "null"))
        .checkRandomly(1, 1))
        .isInstanceOfSatisfying(LawViolation.class, e -> {
          assertThat(e.law()).isEqualTo(ConsistencyCheckLaws.Law.RETURNS_FINDINGS.name());
          assertThat(e).hasMessageContaining("MY-002").hasMessageContaining("null");
        });
  }

  @Test
  void silentFromASeverityForbidsThatSeverityAndEveryMoreSeriousOneOnly() {
    // 错误 > 警告 > 提示: silent from a severity forbids it and those above it, not those below.
    Map<Severity, Set<Severity>> forbidden = Map.of(
        Severity.ERROR, EnumSet.of(Severity.ERROR),
        Severity.WARNING, EnumSet.of(Severity.ERROR, Severity.WARNING),
        Severity.INFO, EnumSet.allOf(Severity.class));
    for (Severity silentFrom : Severity.values()) {
      for (Severity found : Severity.values()) {
        ConsistencyCheckLaws laws = ConsistencyCheckLaws.of(new Fixed(found, "find"))
            .silentFrom(silentFrom);
        if (forbidden.get(silentFrom).contains(found)) {
          assertThatThrownBy(() -> laws.checkRandomly(1, 1)).as("%s from %s", found, silentFrom)
              .isInstanceOfSatisfying(LawViolation.class, e -> assertThat(e.law())
                  .isEqualTo(ConsistencyCheckLaws.Law.SILENT_ON_CONSISTENT.name()));
        } else {
          laws.checkRandomly(1, 3);
        }
      }
    }
  }

  @Test
  void aCheckThatFiresOnConsistentEvaluationsIsCaught() {
    assertThatThrownBy(() -> ConsistencyCheckLaws.of(new AlwaysWrong()).checkRandomly(1, 10))
        .isInstanceOfSatisfying(LawViolation.class, e -> {
          assertThat(e.law()).isEqualTo(ConsistencyCheckLaws.Law.SILENT_ON_CONSISTENT.name());
          assertThat(e).hasMessageContaining("MY-001").hasMessageContaining("claimedTotal");
        });
  }
}
