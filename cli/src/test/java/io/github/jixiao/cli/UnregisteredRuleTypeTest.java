package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.cli.Cli.Run;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.rulebook.Rulebooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "an unregistered rule type in a rulebook read without complaint, then JX-000": a
 * rulebook file given with {@code --rulebook} whose rule type the scorer has not registered is
 * refused before any document is scored, naming the type and where, with a "did you mean".
 */
class UnregisteredRuleTypeTest {

  private static final String REGISTERED = "proportional, reverse-ratio, reverse-linear, equal,"
      + " qualitative, bands, threshold, checklist, deduction, milestones";
  private static final String CUSTOM = "../examples/custom-rule/rulebook.json";

  @Test
  void theExamplesCustomRuleIsRefusedNamingItsTypeAndWhere() {
    Run run = Cli.run("score", "--rulebook", CUSTOM, Cli.BAIYUN.toString());

    assertThat(run.errLines()).containsExactly(CUSTOM + ":55:17: $.indicators[2].rule.type:"
        + " 未注册的评分方法 \"stated-figure-rate\"；已注册：" + REGISTERED
        + " (自定义评分方法须由类路径上的 ScoringRuleProvider 注册)");
    assertThat(run.out()).isEmpty();
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void aMisspeltTypeGetsADidYouMeanWhereverItIs(@TempDir Path dir) throws IOException {
    Path rulebook = dir.resolve("misspelt.json");
    // the proportional rule of 1.1 (indicator 1), and the first default rule
    String text = Files.readString(Path.of(CUSTOM)).replaceFirst("\"type\": \"proportional\"",
        "\"type\": \"proportionel\"").replace("\"type\": \"reverse-ratio\"",
        "\"type\": \"revers-ratio\"");
    Files.writeString(rulebook, text);
    int line = (int) text.substring(0, text.indexOf("proportionel")).lines().count();
    int defaultLine = (int) text.substring(0, text.indexOf("revers-ratio")).lines().count();

    Run run = Cli.run("check", "--lang", "en", "--rulebook", rulebook.toString(),
        Cli.BAIYUN.toString());

    assertThat(run.errLines()).containsExactly(
        rulebook + ":" + line + ":17: $.indicators[1].rule.type: no scoring rule of type"
            + " \"proportionel\" is registered; the registered types are: " + REGISTERED
            + " (did you mean \"proportional\"?)",
        rulebook + ":" + 55 + ":17: $.indicators[2].rule.type: no scoring rule of type"
            + " \"stated-figure-rate\" is registered; the registered types are: " + REGISTERED
            + " (a custom rule type must be registered by a ScoringRuleProvider on the class"
            + " path)",
        rulebook + ":" + defaultLine + ":17: $.defaultRules[1].rule.type: no scoring rule of"
            + " type \"revers-ratio\" is registered; the registered types are: " + REGISTERED
            + " (did you mean \"reverse-ratio\"?)");
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void aRulebookFileWithOnlyRegisteredTypesScores(@TempDir Path dir) throws IOException {
    Path rulebook = dir.resolve("gz.json");
    Files.writeString(rulebook, JixiaoJson.standard().write(Rulebooks.guangzhouDepartment2021()));

    Run run = Cli.run("render", "--rulebook", rulebook.toString(), Cli.BAIYUN.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(Jixiao.OK);
  }
}
