package io.github.jixiao.testkit;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * A {@link Source} of choices over a {@link RandomGenerator} (随机来源): for drawing generated values
 * outside a property-testing tool — in a plain JUnit test, a benchmark, a fixture. It does not
 * shrink. A seeded source is reproducible on the same JDK: the same seed gives the same values
 * there, on every machine. Across JDKs it may not be: the algorithm ({@value #ALGORITHM}) is
 * fixed by its specification, but how a bounded draw ({@code nextLong(min, max)},
 * {@code nextInt(bound)}) maps its raw bits into the range is the JDK's implementation, which a
 * release may change. Keep the seed and the JDK version of a failure together to replay it.
 *
 * <p>Draws favour the edges a little: about one in eight is the simplest value and one in
 * sixteen each the least and the greatest, because rules most often break at an edge (a target
 * met exactly, an empty budget, the largest amount).
 *
 * <pre>{@code
 * RandomSource source = RandomSource.seeded(2021);
 * for (int i = 0; i < 100; i++) {
 *   SelfEvaluation evaluation = JixiaoGens.selfEvaluations().generate(source);
 *   ...
 * }
 * }</pre>
 */
public final class RandomSource implements Source {

  /** The algorithm of {@link #seeded(long)}. */
  public static final String ALGORITHM = "L64X128MixRandom";

  private final RandomGenerator random;

  private RandomSource(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A source drawing from {@code random}; as reproducible as {@code random} is. */
  public static RandomSource of(RandomGenerator random) {
    return new RandomSource(random);
  }

  /** A reproducible source: the same {@code seed} on the same JDK gives the same draws. */
  public static RandomSource seeded(long seed) {
    return new RandomSource(RandomGeneratorFactory.of(ALGORITHM).create(seed));
  }

  @Override
  public long between(long min, long max, long simplest) {
    if (max < min) {
      throw new IllegalArgumentException("[" + min + ", " + max + "] is not a range");
    }
    if (simplest < min || simplest > max) {
      throw new IllegalArgumentException(
          "simplest " + simplest + " is outside [" + min + ", " + max + "]");
    }
    int edge = random.nextInt(16);
    if (edge < 2) {
      return simplest;
    }
    if (edge == 2) {
      return min;
    }
    if (edge == 3) {
      return max;
    }
    return uniform(min, max);
  }

  private long uniform(long min, long max) {
    if (max < Long.MAX_VALUE) {
      return random.nextLong(min, max + 1);
    }
    if (min > Long.MIN_VALUE) {
      return random.nextLong(min - 1, max) + 1;
    }
    return random.nextLong();
  }
}
