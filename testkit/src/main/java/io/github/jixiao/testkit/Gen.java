package io.github.jixiao.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A generator (生成器) of values of {@code T}: a function of a {@link Source} of choices. It holds
 * no state, so the same draws always give the same value; that is what lets a tool replay and
 * shrink it. Generators compose with {@link #map}, {@link #flatMap}, {@link #zip}, {@link #list}
 * and {@link #optional}; {@link JixiaoGens} has the generators of the domain.
 *
 * <pre>{@code
 * Gen<SelfEvaluation> evaluations = JixiaoGens.selfEvaluations();
 * SelfEvaluation one = evaluations.generate(RandomSource.seeded(42));
 * }</pre>
 *
 * @param <T> the type of the values generated
 */
@FunctionalInterface
public interface Gen<T> {

  /** A value drawn from {@code source}. */
  T generate(Source source);

  /** A generator of {@code f} applied to this generator's values. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return source -> f.apply(generate(source));
  }

  /** A generator that draws a value, then draws from the generator {@code f} gives for it. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return source -> f.apply(generate(source)).generate(source);
  }

  /** A generator of {@code f} applied to a value of this generator and one of {@code other}. */
  default <U, R> Gen<R> zip(Gen<U> other, BiFunction<? super T, ? super U, ? extends R> f) {
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(f, "f");
    return source -> f.apply(generate(source), other.generate(source));
  }

  /**
   * Lists of {@code min} to {@code max} values of this generator. The size is drawn first, simplest
   * at {@code min}, so a shrinking tool shortens the list before it simplifies the elements.
   */
  default Gen<List<T>> list(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("list size [" + min + ", " + max + "] is not a range");
    }
    return source -> {
      int size = source.intBetween(min, max);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(generate(source));
      }
      return List.copyOf(values);
    };
  }

  /** Optional values of this generator; empty is the simpler. */
  default Gen<Optional<T>> optional() {
    return source -> source.nextBoolean() ? Optional.of(generate(source)) : Optional.empty();
  }

  /** Always {@code value}. */
  static <T> Gen<T> constant(T value) {
    return source -> value;
  }

  /** Whole numbers in {@code [min, max]}, simplest at {@code min}. */
  static Gen<Long> longs(long min, long max) {
    return source -> source.between(min, max, min);
  }

  /** {@code int}s in {@code [min, max]}, simplest at {@code min}. */
  static Gen<Integer> ints(int min, int max) {
    return source -> source.intBetween(min, max);
  }

  /** Yes or no; {@code false} is the simpler. */
  static Gen<Boolean> booleans() {
    return Source::nextBoolean;
  }

  /** One of {@code values}, which must not be empty; the first is the simplest. */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<? extends T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no values to choose from");
    }
    return source -> source.choose(copy);
  }

  /** A value of one of {@code gens}, which must not be empty; the first is the simplest. */
  static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
    List<? extends Gen<? extends T>> copy = List.copyOf(gens);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no generators to choose from");
    }
    return source -> source.choose(copy).generate(source);
  }
}
