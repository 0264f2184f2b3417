package org.example.bureau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.testkit.JixiaoGens;
import io.github.jixiao.testkit.RandomSource;
import io.github.jixiao.testkit.RulebookGens;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A JUnit test of the desk, on a document the testkit generates and JixiaoJson writes. */
class ReviewDeskTest {

  private final ReviewDesk desk = new ReviewDesk();

  @Test
  void aGeneratedEvaluationIsScoredUnderTheRulebookOfItsTableAsItsClaimSays() {
    SelfEvaluation evaluation = JixiaoGens.selfEvaluations().generate(RandomSource.seeded(2021));
    Rulebook rulebook = RulebookGens.tableAsRulebook(evaluation.getIndicators());
    String document = JixiaoJson.standard().write(evaluation);

    ScoreCard card = desk.score(document, rulebook);

    // the generator's claims are what the rules give: the card agrees with the claim
    BigDecimal claimed = evaluation.getClaimedTotal().orElseThrow();
    assertEquals(0, claimed.compareTo(card.getTotal().orElseThrow()), card.getTotal() + " vs "
        + claimed);
  }

  @Test
  void everyFindingHasACodeAndAPath() {
    SelfEvaluation evaluation = JixiaoGens.selfEvaluations().generate(RandomSource.seeded(7));

    CheckReport report = desk.check(JixiaoJson.standard().write(evaluation));

    report.getFindings().forEach(f -> {
      assertTrue(f.getCode().startsWith("JX-"), f.getCode());
      assertTrue(f.getPath().startsWith("$"), f.getPath());
    });
  }
}
