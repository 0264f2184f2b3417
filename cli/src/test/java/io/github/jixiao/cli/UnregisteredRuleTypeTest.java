package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.cli.Cli.Run;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "an unregistered rule type in a rulebook read without complaint, then JX-000": a
 * rulebook file given with {@code --rulebook} whose rule type the scorer has not registered, or
 * whose rule is given a parameter it does not take, is refused before any document is scored,
 * naming the type and where, with a "did you mean".
 */
class UnregisteredRuleTypeTest {

  private static final String REGISTERED = "proportional, reverse-ratio, reverse-linear, equal,"
      + " qualitative, bands, threshold, checklist, deduction, milestones, coefficient, range-bands";
  private static final String CUSTOM = "../examples/custom-rule/rulebook.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theExamplesCustomRuleIsRefusedNamingItsTypeAndWhere() {
    Run run = Cli.run("score", "--rulebook", CUSTOM, Cli.BAIYUN.toString());

    // the custom rule of 1.2 (履职效果), at line 55 column 17 of the file
    assertThat(run.errLines()).containsExactly(CUSTOM + ":55:17: $.indicators[2].rule.type:"
        + " 评分方法类型“stated-figure-rate”未注册（指标“1.2”（履职效果））；已注册：" + REGISTERED);
    assertThat(run.out()).isEmpty();
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void aMisspeltTypeGetsADidYouMeanWhereverItIs(@TempDir Path dir) throws IOException {
    Path rulebook = dir.resolve("misspelt.json");
    // the proportional rule of 1.1 (indicator 1), and the second default rule
    String text = Files.readString(Path.of(CUSTOM)).replaceFirst("\"type\": \"proportional\"",
        "\"type\": \"proportionel\"").replace("\"type\": \"reverse-ratio\"",
        "\"type\": \"revers-ratio\"");
    Files.writeString(rulebook, text);
    int line = (int) text.substring(0, text.indexOf("proportionel")).lines().count();
    int defaultLine = (int) text.substring(0, text.indexOf("revers-ratio")).lines().count();

    Run run = Cli.run("check", "--lang", "en", "--rulebook", rulebook.toString(),
        Cli.BAIYUN.toString());

    assertThat(run.errLines()).containsExactly(
        rulebook + ":" + line + ":17: $.indicators[1].rule.type: no scoring rule is registered"
            + " under type 'proportionel' (indicator '1.1' (重点工作办结率)); did you mean"
            + " 'proportional'?; registered: " + REGISTERED,
        rulebook + ":55:17: $.indicators[2].rule.type: no scoring rule is registered under type"
            + " 'stated-figure-rate' (indicator '1.2' (履职效果)); registered: " + REGISTERED,
        rulebook + ":" + defaultLine + ":17: $.defaultRules[1].rule.type: no scoring rule is"
            + " registered under type 'revers-ratio' (default rule 1); did you mean"
            + " 'reverse-ratio'?; registered: " + REGISTERED);
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void aMisspeltParameterOfAFileIsRefusedWithWhereItIs(@TempDir Path dir) throws IOException {
    Path rulebook = dir.resolve("taget.json");
    // issue 11, D9: "taget" for the proportional rule's "target", on 1.1 at line 42
    String text = Files.readString(Path.of(CUSTOM)).replaceFirst("\"type\": \"proportional\"",
        "\"type\": \"proportional\", \"params\": {\"taget\": 90}");
    Files.writeString(rulebook, text);

    Run run = Cli.run("score", "--lang", "en", "--rulebook", rulebook.toString(),
        Cli.BAIYUN.toString());

    // The standard registry verifies the whole file: the misspelt parameter and, as in the test
    // above, the user's rule type it does not hold.
    assertThat(run.errLines()).containsExactly(rulebook + ":42:53:"
        + " $.indicators[1].rule.params.taget: the rule 'proportional' has no parameter 'taget';"
        + " did you mean 'target'? (it takes target)",
        rulebook + ":55:17: $.indicators[2].rule.type: no scoring rule is registered under type"
            + " 'stated-figure-rate' (indicator '1.2' (履职效果)); registered: " + REGISTERED);
    assertThat(run.out()).isEmpty();
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void aRulebookFileWithThousandsOfProblemsPrintsTwentyAndACount(@TempDir Path dir)
      throws IOException {
    // 2 000 leaves of 0.05 points under one root of 100, each of an unregistered type: 20 lines,
    // then one that counts the other 1 980 (the review's 10 000 of these took 77 s)
    ObjectNode rulebook = (ObjectNode) JSON.readTree(Path.of(CUSTOM).toFile());
    ArrayNode indicators = rulebook.putArray("indicators");
    indicators.addObject().put("code", "1").put("name", "总").put("level", 1).put("weight", 100)
        .put("open", false);
    for (int i = 0; i < 2000; i++) {
      ObjectNode leaf = indicators.addObject().put("code", "1." + i).put("name", "指标" + i)
          .put("level", 2).put("parentCode", "1").put("weight", new BigDecimal("0.05"))
          .put("open", false).put("kind", "QUALITATIVE");
      leaf.putObject("rule").put("type", "nosuch");
    }
    Path file = dir.resolve("many.json");
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(rulebook));

    Run run = Cli.run("score", "--lang", "en", "--rulebook", file.toString(),
        Cli.BAIYUN.toString());

    assertThat(run.errLines()).hasSize(21);
    assertThat(run.errLines().get(0)).startsWith(file + ":").contains(
        ": $.indicators[1].rule.type: no scoring rule is registered under type 'nosuch'"
            + " (indicator '1.0' (指标0))");
    assertThat(run.errLines().get(20)).isEqualTo(file
        + ": … and 1980 more problems (-v lists up to 1000)");
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
