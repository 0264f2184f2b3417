package io.github.jixiao.examples;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringRules;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A custom scoring rule (自定义评分规则), registered under its type id and named from a JSON rulebook
 * (评分办法): {@code custom-rule/rulebook.json} is the reconstructed Guangzhou 2021 rulebook with
 * 履职效果 scored by {@link StatedFigureRule} from the report's own 群众反映问题解决率 (169 of 184)
 * instead of a qualitative level.
 *
 * <p>Run from the repository root:
 *
 * <pre>{@code
 * java io.github.jixiao.examples.CustomScoringRule examples/custom-rule/rulebook.json \
 *     examples/baiyun-2021/evaluation.json
 * }</pre>
 */
public final class CustomScoringRule {

  private CustomScoringRule() {}

  /**
   * Scores {@code args[1]} under the rulebook {@code args[0]} and prints the card; by default the
   * files above, from the repository root.
   */
  public static void main(String[] args) {
    Path rulebook = Path.of(args.length > 0 ? args[0] : "examples/custom-rule/rulebook.json");
    Path evaluation = Path.of(args.length > 1 ? args[1] : "examples/baiyun-2021/evaluation.json");
    ScoreThroughTheApi.print(score(rulebook, evaluation),
        new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * The rules a scorer knows: the built-in ones and ours (none is discovered from the class
   * path: a scorer knows exactly what is registered here).
   */
  public static ScoringRules rules() {
    return ScoringRules.standard().with(new StatedFigureRule());
  }

  /** The score card of {@code evaluationFile} under the rulebook document {@code rulebookFile}. */
  public static ScoreCard score(Path rulebookFile, Path evaluationFile) {
    JixiaoJson json = JixiaoJson.standard();
    Rulebook rulebook = json.readRulebook(rulebookFile);
    SelfEvaluation evaluation = json.readEvaluation(evaluationFile);
    return Scorer.using(rules()).score(evaluation, rulebook);
  }
}
