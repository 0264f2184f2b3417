package org.example.bureau;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.InputFile;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;

/** A bureau's review desk: reads a self-evaluation, scores it and checks it. */
public final class ReviewDesk {

  private final JixiaoJson json = JixiaoJson.standard();

  /**
   * The card of the evaluation in {@code document} under {@code rulebook}, the evaluation naming
   * the rulebook it was scored under (a value's own {@code with} method) and the card its file.
   */
  public ScoreCard score(String document, Rulebook rulebook) {
    SelfEvaluation evaluation = json.readEvaluation(document).withRulebook(rulebook.getId());
    return Scorer.standard().score(evaluation, rulebook)
        .withInput(InputFile.builder().path("inbox/" + rulebook.getId() + ".json").build());
  }

  /** The findings of the evaluation in {@code document} under the Guangzhou 2021 rulebook. */
  public CheckReport check(String document) {
    return Checks.standard().run(json.readEvaluation(document),
        Rulebooks.guangzhouDepartment2021());
  }
}
