package io.github.jixiao.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.io.RulebookCheck;
import io.github.jixiao.io.RulebookProblem;
import io.github.jixiao.rules.lint.RulebookLint;
import io.github.jixiao.rules.scoring.Scorer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A Jazzer fuzz test (模糊测试) of {@code jixiao rulebook check}'s engine, {@link
 * JixiaoJson#checkRulebook(String, Scorer, RulebookLint)}, from raw bytes, in regression mode
 * over the committed corpus ({@code RulebookCheckFuzzTestInputs/checkRulebook/}: the broken-
 * rulebook corpus of jixiao-io and the built-in rulebooks) in every build. Whatever the input,
 * the check answers — never throws — and every problem says where (a JSON path from the root, a
 * line and column from 1) and what (a bounded, printable message in both languages); a file whose
 * rulebook could not be built has an error.
 */
class RulebookCheckFuzzTest {

  private static final JixiaoJson JSON = JixiaoJson.standard();
  /** The most characters of a printed problem: a bounded path and a bounded message. */
  private static final int LINE = 1200;

  @FuzzTest(maxDuration = "10m")
  void checkRulebook(byte[] input) {
    RulebookCheck check = JSON.checkRulebook(new String(input, StandardCharsets.UTF_8),
        Scorer.standard(), RulebookLint.standard());
    for (RulebookProblem p : check.problems()) {
      holds(p.jsonPath().startsWith("$"), "a problem without a JSON path");
      holds(p.line() >= 1 && p.column() >= 1, "a problem at line " + p.line() + ", column "
          + p.column() + ": " + p.jsonPath());
      DocumentProperties.checkBounded("JSON path", p.jsonPath());
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
        holds(!p.message(locale).isBlank(), "a problem without a message at " + p.jsonPath());
        DocumentProperties.checkBounded("message", p.message(locale));
        // the whole line: file, place, code, path and message, each bounded
        String said = p.describe("rulebook.json", locale);
        holds(said.length() < LINE, "a problem's line has " + said.length() + " characters");
        holds(said.codePoints().noneMatch(Character::isISOControl), "a raw control character");
      }
    }
    holds(check.rulebook().isPresent() || check.hasErrors(), "no rulebook and no error");
  }

  private static void holds(boolean holds, String violation) {
    if (!holds) {
      throw new AssertionError(violation);
    }
  }
}
