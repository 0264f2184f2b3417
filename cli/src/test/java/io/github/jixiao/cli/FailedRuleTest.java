package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringException;
import io.github.jixiao.rules.scoring.ScoringRules;
import io.github.jixiao.rules.spi.ScoringRule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A rule that fails on one indicator, as the command line reports it (issue 14): by default the
 * indicator is 评分失败 and the rest of the card is scored; with {@code --strict} the file is
 * refused, naming the rule and the indicator.
 */
class FailedRuleTest {

  private static final Rulebook BROKEN = Rulebooks.guangzhouDepartment2021()
      .withIndicator("2.1.1", i -> i.withRule(RuleSpec.of("boom")));
  private static final ScoringRules RULES = ScoringRules.standard()
      .with(ScoringRule.of("boom", in -> {
        throw new IllegalStateException("boom");
      }));

  @Test
  void byDefaultTheFailedIndicatorIsShownAndTheRestScored() {
    ScoreCard card = Scorer.using(RULES).score(
        JixiaoJson.standard().readEvaluation(Cli.BAIYUN), BROKEN);
    StringWriter text = new StringWriter();
    new TextReport(new PrintWriter(text), Lang.ZH)
        .card(Cli.BAIYUN, new io.github.jixiao.rules.RulebookChoice(BROKEN, true,
            io.github.jixiao.core.message.Message.of("cli.choice.option",
                io.github.jixiao.core.message.Argument.text("option", "--rulebook"))), card);

    assertThat(card.indicator("2.1.1").orElseThrow().getStatus()).isEqualTo(ScoreStatus.FAILED);
    assertThat(text.toString()).contains("评分失败").contains("boom");
    // The seed's 89.72 less 预算完成率's 9.72: 80.00, with the card in error.
    assertThat(card.getTotal()).contains(new java.math.BigDecimal("80.00"));
  }

  @Test
  void strictTheFileIsRefusedNamingTheRuleAndTheIndicator() {
    assertThatThrownBy(() -> Scorer.using(RULES).strict().score(
        JixiaoJson.standard().readEvaluation(Cli.BAIYUN), BROKEN))
        .isInstanceOfSatisfying(ScoringException.class, e -> {
          String said = Unusable.of(e, Cli.BAIYUN).message(Locale.SIMPLIFIED_CHINESE);
          assertThat(said).contains("boom").contains("2.1.1");
        });
  }

  /** The Baiyun report with 2.2 采购管理 naming a formula that does not exist. */
  private static Path withUnknownFormula(Path dir) throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode root =
        (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(Cli.BAIYUN.toFile());
    for (com.fasterxml.jackson.databind.JsonNode indicator : root.get("indicators")) {
      if (indicator.get("code").asText().equals("2.2")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) indicator)
            .put("formula", "no-such-formula");
      }
    }
    Path file = dir.resolve("evaluation.json");
    json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    return file;
  }

  @Test
  void onTheCommandLineAFailingFormulaFailsItsIndicatorOrWithStrictTheFile(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = withUnknownFormula(dir);

    Cli.Run recorded = Cli.run("score", file.toString());
    // 2.2 is 评分失败 and the rest scored: 89.72 less 采购管理's 6 (the seed gives it 6.00).
    assertThat(recorded.outLines()).anyMatch(line -> line.startsWith("2.2")
        && line.contains("评分失败"));
    assertThat(recorded.outLines()).anyMatch(line -> line.contains("总分 83.72 / 100"));
    // scoring worked: score's findings do not fail it unless --fail-on asks
    assertThat(recorded.exit()).isEqualTo(Jixiao.OK);

    Cli.Run strict = Cli.run("score", "--strict", file.toString());
    assertThat(strict.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(strict.err()).contains("no-such-formula").contains("2.2");
  }

  @Test
  void theStrictOptionScoresASoundFileAsUsual() {
    Cli.Run run = Cli.run("score", "--strict", Cli.BAIYUN.toString());

    assertThat(run.outLines()).anyMatch(line -> line.contains("总分 89.72 / 100"));
    // the report's claims draw error findings, which fail score only under --fail-on error
    assertThat(run.exit()).isEqualTo(Jixiao.OK);
  }
}
