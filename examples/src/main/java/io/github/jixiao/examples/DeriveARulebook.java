package io.github.jixiao.examples;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Deriving a rulebook (派生评分办法) from a built-in one, in one call, and scoring with it: a city
 * that gives 预算完成率 12 points instead of 10 takes the two from 资金使用合规性 (5 → 3), so that
 * 资金管理 still holds 20. The weights change together: one weight changed alone would no longer
 * add up with its siblings, and the derived rulebook would be refused as a built one is.
 *
 * <p>Run from the repository root:
 *
 * <pre>{@code
 * java io.github.jixiao.examples.DeriveARulebook examples/baiyun-2021/evaluation.json
 * }</pre>
 */
public final class DeriveARulebook {

  private DeriveARulebook() {}

  /** Scores the document in {@code args[0]} (default: the Baiyun 2021 report) and prints it. */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/baiyun-2021/evaluation.json");
    ScoreThroughTheApi.print(score(file), new PrintStream(System.out, true,
        StandardCharsets.UTF_8));
  }

  /** The Guangzhou 2021 rulebook with 预算完成率 at 12 points and 资金使用合规性 at 3. */
  public static Rulebook executionWeighsTwelve() {
    return Rulebooks.guangzhouDepartment2021().withIndicators(Map.of(
        "2.1.1", execution -> execution.withWeight(new BigDecimal("12")),
        "2.1.3", compliance -> compliance.withWeight(new BigDecimal("3"))));
  }

  /** The score card of the document in {@code file} under {@link #executionWeighsTwelve()}. */
  public static ScoreCard score(Path file) {
    SelfEvaluation evaluation = JixiaoJson.standard().readEvaluation(file);
    return Scorer.standard().score(evaluation, executionWeighsTwelve());
  }
}
