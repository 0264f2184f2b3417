package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The harness behind Jixiao's "thread-safe" (线程安全): the same work done on {@value #THREADS}
 * threads at once must give what it gives done alone. Each piece of work is first done
 * sequentially, on its own shared state, for the expected outcome; then, round after round, a
 * fresh shared state (a new reader, a newly compiled plan — so that what is filled lazily is
 * filled under contention) is handed to {@value #THREADS} threads that a barrier releases
 * together, each doing every piece of work in its own order: pairs of threads start on the same
 * piece, the pairs on different ones. Every outcome is compared with the expected one: the same
 * value ({@code equals}) and the same text, or the same refusal (class and message).
 *
 * @param <S> the state the threads share in a round, e.g. one {@code JixiaoJson}
 */
final class Concurrently<S> {

  /** Threads at once, as the claims are tested. */
  static final int THREADS = 8;

  /** Longest a round may take before it counts as a hang: generous, never a measurement. */
  private static final long ROUND_TIMEOUT_SECONDS = 120;

  /** One piece of work: a name for a failure, and what it does with the round's shared state. */
  record Work<S>(String name, Function<S, ?> action) {}

  /** What a piece of work gave: a value and its text, or a refusal. */
  private record Outcome(Object value, String text) {}

  private final Supplier<S> shared;
  private final Function<Object, String> text;
  private final List<Work<S>> works = new ArrayList<>();

  private Concurrently(Supplier<S> shared, Function<Object, String> text) {
    this.shared = shared;
    this.text = text;
  }

  /**
   * A harness whose rounds each share a fresh {@code shared.get()}, and whose values are also
   * compared as {@code text} writes them.
   */
  static <S> Concurrently<S> sharing(Supplier<S> shared, Function<Object, String> text) {
    return new Concurrently<>(shared, text);
  }

  /** Adds a piece of work. */
  Concurrently<S> work(String name, Function<S, ?> action) {
    works.add(new Work<>(name, action));
    return this;
  }

  /**
   * Runs {@code rounds} rounds and asserts every outcome; returns how many were compared, which is
   * always {@code rounds × THREADS × works}.
   */
  long assertSameAsAlone(int rounds) throws Exception {
    assertThat(works).as("work to do").isNotEmpty();
    S alone = shared.get();
    List<Outcome> expected = new ArrayList<>();
    for (Work<S> w : works) {
      expected.add(outcome(w, alone));
    }
    Queue<String> differences = new ConcurrentLinkedQueue<>();
    AtomicLong compared = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < rounds; round++) {
        S state = shared.get();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<?>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int first = (t / 2) * works.size() / (THREADS / 2);
          int r = round;
          threads.add(pool.submit(() -> {
            start.await();
            for (int i = 0; i < works.size(); i++) {
              int k = (first + i) % works.size();
              Outcome got = outcome(works.get(k), state);
              compared.incrementAndGet();
              if (!same(got, expected.get(k))) {
                differences.add("round " + r + ", " + works.get(k).name() + ": " + got.text()
                    + "\n  alone: " + expected.get(k).text());
              }
            }
            return null;
          }));
        }
        for (Future<?> thread : threads) {
          thread.get(ROUND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(differences).as("outcomes that differ from the work done alone").isEmpty();
    long expectedCount = (long) rounds * THREADS * works.size();
    assertThat(compared.get()).isEqualTo(expectedCount);
    return expectedCount;
  }

  private Outcome outcome(Work<S> work, S state) {
    try {
      Object value = work.action().apply(state);
      return new Outcome(value, text.apply(value));
    } catch (RuntimeException refused) {
      return new Outcome(null, refused.getClass().getName() + ": " + refused.getMessage());
    }
  }

  private static boolean same(Outcome a, Outcome b) {
    return Objects.equals(a.value(), b.value()) && a.text().equals(b.text());
  }
}
