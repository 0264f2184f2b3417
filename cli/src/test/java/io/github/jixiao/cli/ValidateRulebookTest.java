package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao validate} on a rulebook (评分办法): since issue 12 a rule's parameters are the
 * rule's business, not the document's shape, so validate asks the built-in rules to check theirs;
 * a rule type of the user's own (the custom-rule example's {@code stated-figure-rate}) is left to
 * the scorer that registers it.
 */
class ValidateRulebookTest {

  private static final String CUSTOM = "../examples/custom-rule/rulebook.json";

  @Test
  void aRulebookWithARuleTypeOfItsOwnIsValid() {
    Run run = Cli.run("validate", "--lang", "en", CUSTOM);

    assertThat(run.errLines()).isEmpty();
    assertThat(run.out()).contains(CUSTOM + ": valid (jixiao/rulebook/1)");
    assertThat(run.exit()).isZero();
  }

  @Test
  void aMisspeltParameterOfABuiltInRuleIsInvalidAtItsLineAndPath(@TempDir Path dir)
      throws IOException {
    Path rulebook = dir.resolve("taget.json");
    // "taget" for the proportional rule's "target", on 1.1 at line 42 (as UnregisteredRuleTypeTest)
    Files.writeString(rulebook, Files.readString(Path.of(CUSTOM)).replaceFirst(
        "\"type\": \"proportional\"", "\"type\": \"proportional\", \"params\": {\"taget\": 90}"));

    Run run = Cli.run("validate", "--lang", "en", rulebook.toString());

    assertThat(run.errLines()).containsExactly(rulebook + ":42:53:"
        + " $.indicators[1].rule.params.taget: the rule 'proportional' has no parameter 'taget';"
        + " did you mean 'target'? (it takes target)");
    assertThat(run.out()).contains(rulebook + ": invalid, 1 problem (on standard error)");
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }
}
