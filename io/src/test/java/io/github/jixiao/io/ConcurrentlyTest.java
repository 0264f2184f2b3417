package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The concurrency harness (并发测试工具) can fail: state the threads share without care gives
 * outcomes the work never gives alone, and every one of them is reported.
 */
class ConcurrentlyTest {

  @Test
  void stateSharedWithoutCareIsCaught() {
    // alone, the k-th increment of a fresh counter gives k + 1; eight threads at once cannot
    Concurrently<AtomicInteger> harness = Concurrently.sharing(AtomicInteger::new,
        String::valueOf);
    for (int i = 0; i < 50; i++) {
      harness.work("increment " + i, AtomicInteger::incrementAndGet);
    }

    assertThatThrownBy(() -> harness.assertSameAsAlone(1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("outcomes that differ from the work done alone")
        .hasMessageContaining("round 0, increment ");
  }

  @Test
  void workThatSharesNothingPassesAndIsCounted() throws Exception {
    Concurrently<AtomicInteger> harness = Concurrently.sharing(AtomicInteger::new,
        String::valueOf);
    harness.work("read", AtomicInteger::get).work("text", counter -> "三千三百零六");

    assertThat(harness.assertSameAsAlone(3)).isEqualTo(3 * 8 * 2);
  }
}
