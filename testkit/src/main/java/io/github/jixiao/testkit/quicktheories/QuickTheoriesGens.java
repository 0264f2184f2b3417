package io.github.jixiao.testkit.quicktheories;

import io.github.jixiao.testkit.Gen;
import io.github.jixiao.testkit.Source;
import java.util.Objects;
import java.util.function.Function;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Turns a Jixiao {@link Gen generator} into a QuickTheories generator (QuickTheories 适配器), with
 * shrinking. Each draw of the Jixiao generator becomes one {@code RandomnessSource.next} call
 * constrained to its range with its simplest value as the shrink point; QuickTheories records
 * those draws and shrinks a failing example by replaying them moved towards their shrink points,
 * which the generators turn into fewer indicators, no optional parts, whole points, targets met.
 *
 * <pre>{@code
 * qt().withExamples(200)
 *     .forAll(QuickTheoriesGens.of(JixiaoGens.selfEvaluations()))
 *     .check(evaluation -> ...);
 * }</pre>
 */
public final class QuickTheoriesGens {

  private QuickTheoriesGens() {}

  /** {@code gen} as a QuickTheories generator; a failing value is reported by its toString. */
  public static <T> org.quicktheories.core.Gen<T> of(Gen<T> gen) {
    Objects.requireNonNull(gen, "gen");
    return randomness -> gen.generate(source(randomness));
  }

  /** {@code gen} as a QuickTheories generator whose failing values are reported by {@code show}. */
  public static <T> org.quicktheories.core.Gen<T> of(Gen<T> gen, Function<? super T, String> show) {
    Objects.requireNonNull(show, "show");
    return of(gen).describedAs(show::apply);
  }

  /** A Jixiao {@link Source} drawing from a QuickTheories source of randomness. */
  public static Source source(RandomnessSource randomness) {
    Objects.requireNonNull(randomness, "randomness");
    return (min, max, simplest) -> {
      if (max < min || simplest < min || simplest > max) {
        throw new IllegalArgumentException("draw [" + min + ", " + max + "] simplest " + simplest
            + " is not a range with its simplest value in it");
      }
      return randomness.next(Constraint.between(min, max).withShrinkPoint(simplest));
    };
  }
}
