package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One scorer serves every thread (issue 14): with no rulebook index shared between calls, two
 * threads scoring under two different rulebooks at once get exactly what scoring one after the
 * other gives.
 */
class ConcurrentScoringTest {

  private static final int TIMES = 10_000;

  @Test
  void twoThreadsScoringTwoRulebooksTenThousandTimesEachGetTheSequentialResults()
      throws Exception {
    Scorer scorer = Scorer.standard();
    SelfEvaluation department = BaiyunFixture.asEncoded();
    Rulebook guangzhou = Rulebooks.guangzhouDepartment2021();
    SelfEvaluation project = OpenRulebookTest.congressSessions();
    Rulebook mof = Rulebooks.mofProject2020();
    ScoreCard departmentCard = scorer.score(department, guangzhou);
    ScoreCard projectCard = scorer.score(project, mof);
    // The two cards differ, so a card scored under the other thread's rulebook would show.
    assertThat(departmentCard.getRulebook()).isNotEqualTo(projectCard.getRulebook());

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> a = threads.submit(differing(start, scorer, department, guangzhou,
          departmentCard));
      Future<Integer> b = threads.submit(differing(start, scorer, project, mof, projectCard));
      start.countDown();

      assertThat(a.get(60, TimeUnit.SECONDS)).as("department cards unlike the sequential one")
          .isZero();
      assertThat(b.get(60, TimeUnit.SECONDS)).as("project cards unlike the sequential one")
          .isZero();
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void twoThreadsSharingOneCompiledPlanEachGetTheSequentialCard() throws Exception {
    // One plan, compiled once, scored from two threads at once: the Baiyun seed 89.72 each time.
    ScoringPlan plan = Scorer.standard().compile(Rulebooks.guangzhouDepartment2021());
    SelfEvaluation department = BaiyunFixture.asEncoded();
    ScoreCard expected = Scorer.standard().score(department, Rulebooks.guangzhouDepartment2021());
    assertThat(expected.getTotal()).contains(new java.math.BigDecimal("89.72"));
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> differing = () -> {
        int n = 0;
        for (int i = 0; i < TIMES / 10; i++) {
          n += plan.score(department).equals(expected) ? 0 : 1;
        }
        return n;
      };
      Future<Integer> a = threads.submit(differing);
      Future<Integer> b = threads.submit(differing);
      assertThat(a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS)).isZero();
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void scoringKeepsNoStateBetweenCalls() {
    // The removed cache was a static volatile field: nothing static and mutable is left.
    for (Class<?> type : java.util.List.of(ScoringRun.class, BookIndex.class, Scorer.class,
        ScoringPlan.class,
        RuleGuard.class, RuleInvocation.class)) {
      assertThat(type.getDeclaredFields()).as(type.getSimpleName())
          .noneMatch(f -> java.lang.reflect.Modifier.isStatic(f.getModifiers())
              && !java.lang.reflect.Modifier.isFinal(f.getModifiers()));
    }
  }

  /** How many of {@link #TIMES} scorings differ from {@code expected}. */
  private static Callable<Integer> differing(CountDownLatch start, Scorer scorer,
      SelfEvaluation evaluation, Rulebook rulebook, ScoreCard expected) {
    return () -> {
      start.await();
      int differing = 0;
      for (int i = 0; i < TIMES; i++) {
        if (!scorer.score(evaluation, rulebook).equals(expected)) {
          differing++;
        }
      }
      return differing;
    };
  }
}
