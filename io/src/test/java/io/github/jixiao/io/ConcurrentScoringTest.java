package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringPlan;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.testkit.RulebookGens.Scorable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The scorer (评分器) and the checks (审核规则集) are thread-safe, as their javadoc says: {@link
 * Scorer}, a {@link ScoringPlan} and a {@link CheckContext} shared by eight threads, {@link
 * Checks} run by eight at once, give exactly the cards, reports and words each gives alone — for
 * the Baiyun and training examples, the testkit's rulebooks and evaluations, and refusals. The
 * tests live in io because the real inputs are documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentScoringTest {

  private static final int ROUNDS = 30;

  // per instance, not static: a class's statics outlive it, and io's tests share a 256 MB heap
  private List<Scorable> scorable;
  private List<Scorable> refused;

  @BeforeAll
  void inputs() {
    scorable = ConcurrencyInputs.scorable();
    refused = ConcurrencyInputs.refused();
  }

  @Test
  void oneScorerScoresAndRefusesOnEightThreadsAsItDoesAlone() throws Exception {
    Concurrently<Scorer> harness = Concurrently.sharing(Scorer::standard, card -> ConcurrencyInputs
        .words((ScoreCard) card));
    List<Scorable> all = new ArrayList<>(scorable);
    all.addAll(refused);
    for (Scorable s : all) {
      harness.work(s.rulebook().getId() + " / " + s.evaluation().getDepartment().getName(),
          scorer -> scorer.score(s.evaluation(), s.rulebook()));
    }

    assertThat(harness.assertSameAsAlone(ROUNDS)).isEqualTo(ROUNDS * 8L * 14);
  }

  @Test
  void aPlanCompiledOnceIsSharedByEightThreads() throws Exception {
    // each round compiles its plans afresh, so that the threads share plans nobody used before
    Concurrently<Map<Rulebook, ScoringPlan>> harness = Concurrently.sharing(this::plans,
        card -> ConcurrencyInputs.words((ScoreCard) card));
    for (Scorable s : scorable) {
      harness.work(s.rulebook().getId(), plans -> plans.get(s.rulebook()).score(s.evaluation()));
    }

    harness.assertSameAsAlone(ROUNDS);
  }

  @Test
  void theChecksRunOnEightThreadsAsTheyDoAlone() throws Exception {
    Concurrently<Checks> harness = Concurrently.sharing(Checks::standard,
        report -> ConcurrencyInputs.words(((CheckReport) report).getFindings()));
    for (Scorable s : scorable) {
      harness.work(s.rulebook().getId(), checks -> checks.run(s.evaluation(), s.rulebook()));
    }

    harness.assertSameAsAlone(ROUNDS);
  }

  @Test
  void oneCheckContextIsSharedByEightThreads() throws Exception {
    // the context scores its card when a check first asks for it: raced here in every round
    Concurrently<List<CheckContext>> harness = Concurrently.sharing(this::contexts,
        report -> ConcurrencyInputs.words(((CheckReport) report).getFindings()));
    for (int i = 0; i < scorable.size(); i++) {
      int k = i;
      harness.work(scorable.get(i).rulebook().getId(),
          contexts -> Checks.standard().run(contexts.get(k)));
    }

    harness.assertSameAsAlone(ROUNDS);
  }

  @Test
  void theInputsGiveCardsWithPointsAndReportsWithFindings() {
    // what the tests above compare is worth comparing: real points, real findings, refusals
    Scorable baiyun = scorable.get(0);
    ScoreCard card = Scorer.standard().score(baiyun.evaluation(), baiyun.rulebook());
    assertThat(card.getTotal()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("89.72"));
    assertThat(Checks.standard().run(baiyun.evaluation(), baiyun.rulebook()).getFindings())
        .isNotEmpty();
    assertThat(scorable).hasSize(12);
    assertThat(refused).hasSize(2);
  }

  private Map<Rulebook, ScoringPlan> plans() {
    Map<Rulebook, ScoringPlan> plans = new IdentityHashMap<>();
    for (Scorable s : scorable) {
      plans.computeIfAbsent(s.rulebook(), Scorer.standard()::compile);
    }
    return plans;
  }

  private List<CheckContext> contexts() {
    return scorable.stream().map(s -> Checks.context(s.evaluation(), s.rulebook())).toList();
  }
}
