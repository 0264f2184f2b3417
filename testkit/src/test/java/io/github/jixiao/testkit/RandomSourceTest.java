package io.github.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.SelfEvaluation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The {@link java.util.random.RandomGenerator} adapter: reproducible with a seed, within bounds. */
class RandomSourceTest {

  @Test
  void theSameSeedGivesTheSameEvaluations() {
    assertThat(evaluations(RandomSource.seeded(2021), 20))
        .isEqualTo(evaluations(RandomSource.seeded(2021), 20));
  }

  @Test
  void differentSeedsGiveDifferentEvaluations() {
    assertThat(evaluations(RandomSource.seeded(2021), 20))
        .isNotEqualTo(evaluations(RandomSource.seeded(2022), 20));
  }

  @Test
  void anyRandomGeneratorCanDriveTheGenerators() {
    RandomSource source = RandomSource.of(new SplittableRandom(94));
    assertThat(evaluations(source, 5)).hasSize(5).doesNotContainNull();
  }

  @Test
  void drawsStayWithinTheirBoundsAndReachBothEnds() {
    RandomSource source = RandomSource.seeded(1);
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      long drawn = source.between(-3, 3, 0);
      assertThat(drawn).isBetween(-3L, 3L);
      seen.add(drawn);
    }
    assertThat(seen).containsExactlyInAnyOrder(-3L, -2L, -1L, 0L, 1L, 2L, 3L);
    for (int i = 0; i < 100; i++) {
      assertThat(source.between(Long.MAX_VALUE - 1, Long.MAX_VALUE)).isGreaterThanOrEqualTo(Long.MAX_VALUE - 1);
      assertThat(source.between(Long.MIN_VALUE, Long.MIN_VALUE + 1)).isLessThanOrEqualTo(Long.MIN_VALUE + 1);
      source.between(Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  @Test
  void aRangeMustBeOneAndHoldItsSimplestValue() {
    RandomSource source = RandomSource.seeded(1);
    assertThatThrownBy(() -> source.between(2, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2, 1] is not a range");
    assertThatThrownBy(() -> source.between(0, 10, 11)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("simplest 11 is outside [0, 10]");
  }

  private static List<SelfEvaluation> evaluations(RandomSource source, int count) {
    List<SelfEvaluation> evaluations = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      evaluations.add(JixiaoGens.selfEvaluations().generate(source));
    }
    return evaluations;
  }
}
