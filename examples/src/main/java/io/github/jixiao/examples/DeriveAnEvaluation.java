package io.github.jixiao.examples;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Deriving a self-evaluation (派生自评) in one call: the Baiyun 2021 report gives no "三公"经费
 * figures, so its 2.1.2 "三公经费"控制率 is scored as missing input. A reviewer who obtains the
 * figure (98.50 % of the 三公 budget spent) changes that one entry and scores again; everything
 * else of the document stays as it was read.
 *
 * <p>Run from the repository root:
 *
 * <pre>{@code
 * java io.github.jixiao.examples.DeriveAnEvaluation examples/baiyun-2021/evaluation.json
 * }</pre>
 */
public final class DeriveAnEvaluation {

  private DeriveAnEvaluation() {}

  /** Scores the document in {@code args[0]} (default: the Baiyun 2021 report) and prints it. */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/baiyun-2021/evaluation.json");
    ScoreThroughTheApi.print(score(file), new PrintStream(System.out, true,
        StandardCharsets.UTF_8));
  }

  /** The document in {@code file} with 98.50 as the actual value of "三公经费"控制率 (2.1.2). */
  public static SelfEvaluation withThreePublicControl(Path file) {
    SelfEvaluation read = JixiaoJson.standard().readEvaluation(file);
    return read.withEntry("2.1.2", entry -> entry.withActual(new BigDecimal("98.50")));
  }

  /** The score card of {@link #withThreePublicControl(Path)} under the Guangzhou 2021 rulebook. */
  public static ScoreCard score(Path file) {
    return Scorer.standard().score(withThreePublicControl(file),
        Rulebooks.guangzhouDepartment2021());
  }
}
