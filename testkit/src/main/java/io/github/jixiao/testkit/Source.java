package io.github.jixiao.testkit;

import java.util.List;

/**
 * A source of choices (选择来源): the only thing a {@link Gen generator} draws from. Every random
 * decision of every Jixiao generator — how many indicators, which direction, how much money — is
 * one call to {@link #between(long, long, long)}, so any property-testing tool can drive the
 * generators by implementing that one method: {@link RandomSource} does it over a
 * {@link java.util.random.RandomGenerator}, {@code QuickTheoriesGens} over QuickTheories' source of
 * randomness.
 *
 * <p><b>Simpler draws make simpler values.</b> Each draw names its simplest value; the generators
 * are written so that drawing the simplest value gives the smallest, plainest domain value: no
 * optional part, the fewest list elements, whole points, a target met. A tool that shrinks by
 * replaying a failing run's draws with each moved towards its simplest value (QuickTheories does)
 * therefore shrinks a failing self-evaluation to a small one without knowing anything about it.
 */
@FunctionalInterface
public interface Source {

  /**
   * A whole number in {@code [min, max]}.
   *
   * @param min the least value, inclusive
   * @param max the greatest value, inclusive; at least {@code min}
   * @param simplest the value in {@code [min, max]} that gives the simplest result, which a
   *     shrinking tool moves towards
   * @return a value in {@code [min, max]}
   */
  long between(long min, long max, long simplest);

  /** A whole number in {@code [min, max]}, simplest at {@code min}. */
  default long between(long min, long max) {
    return between(min, max, min);
  }

  /** An {@code int} in {@code [min, max]}, simplest at {@code min}. */
  default int intBetween(int min, int max) {
    return Math.toIntExact(between(min, max, min));
  }

  /** A yes or no; {@code false} is the simpler. */
  default boolean nextBoolean() {
    return between(0, 1, 0) == 1;
  }

  /** One of {@code options}, which must not be empty; the first is the simplest. */
  default <T> T choose(List<? extends T> options) {
    if (options.isEmpty()) {
      throw new IllegalArgumentException("nothing to choose from");
    }
    return options.get(Math.toIntExact(between(0, options.size() - 1, 0)));
  }
}
