package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.spi.CheckContext;

import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringException;
import io.github.jixiao.rules.scoring.ScoringRules;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A rulebook that names a rule type the registry does not have cannot be scored: the rescoring
 * check that needs the score card reports JX-000 saying exactly that, in the scorer's words in
 * the reader's language, without an exception's class name (issue 11: "an unregistered rule type in a rulebook read without
 * complaint, then JX-000").
 */
class UnregisteredRuleTypeTest {

  private static final String REGISTERED = "proportional, reverse-ratio, reverse-linear, equal,"
      + " qualitative, bands, threshold, checklist, deduction, milestones, coefficient, range-bands";

  @Test
  void theFindingNamesTheIndicatorTheTypeTheRegisteredTypesAndTheNearestOne() {
    Rulebook misspelt = Rulebook.builder().id("params").title("参数").source("test")
        .provenance(Provenance.confirmed("test"))
        .addIndicators(RulebookIndicator.builder().code("1").name("指标").level(1)
            .weight(new BigDecimal("100")).rule(RuleSpec.of("proportionl")).build())
        .build();
    Scorer builtIns = Scorer.using(ScoringRules.builder().withBuiltIns().build());

    CheckReport report = Checks.standard().run(Checks.context(Fixture.seed().build(), misspelt,
        builtIns));

    CheckCode rescoring = CheckCode.CLAIMED_SCORE_VS_RULES;
    ScoringException thrown = scoringFailure(() -> builtIns.score(Fixture.seed().build(), misspelt));
    assertThat(thrown.message(Locale.CHINESE)).isEqualTo("评分方法类型“proportionl”未注册"
        + "（评分办法“params”的指标“1”（指标））；是否应为“proportional”？；已注册：" + REGISTERED
        + "；请注册该评分方法（ScoringRules.standard().with(rule) 或 ScoringRuleProvider），或更正类型");
    assertThat(report.findings("JX-000")).singleElement().satisfies(f -> {
      assertThat(f.getCheckCode()).isEqualTo("JX-301");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("check JX-301 ("
          + rescoring.description(Locale.ENGLISH) + ")"
          + " found nothing: the evaluation cannot be scored: no scoring rule is registered under"
          + " type 'proportionl' (indicator '1' (指标) of rulebook 'params'); did you mean"
          + " 'proportional'?; registered: " + REGISTERED + "; register it with"
          + " ScoringRules.standard().with(rule) or through a"
          + " ScoringRuleProvider, or correct the type");
      // The scorer's message is the finding's reason, rendered in the finding's language.
      assertThat(f.message(Locale.CHINESE)).isEqualTo("审核规则 JX-301（"
          + rescoring.description(Locale.CHINESE) + "）未得出结论：无法评分："
          + thrown.said().render(Locale.CHINESE));
    });
  }

  /**
   * What scoring throws, caught by hand and read through {@code said()} and {@code
   * message(Locale)} only: while issue 13 moves ScoringException to a Message, its {@code
   * getMessage()}, which AssertJ's {@code catchThrowableOfType} asks for, recurses without end.
   */
  static ScoringException scoringFailure(Runnable scoring) {
    try {
      scoring.run();
    } catch (ScoringException e) {
      return e;
    }
    throw new AssertionError("scoring did not fail");
  }
}
