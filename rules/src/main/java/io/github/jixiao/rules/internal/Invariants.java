package io.github.jixiao.rules.internal;

import io.github.jixiao.core.value.Validation;

/**
 * Records bilingual (中英文) violations into core's invariant collector: one place that knows its
 * signature.
 */
public final class Invariants {

  private Invariants() {}

  /** Records a violation at {@code path} unless {@code holds}. */
  public static void require(Validation.Invariants v, boolean holds, String path, String en,
      String zh) {
    if (!holds) {
      add(v, path, en, zh);
    }
  }

  /** Records a violation at {@code path}, in English and in Chinese. */
  public static void add(Validation.Invariants v, String path, String en, String zh) {
    v.add(path, en, zh);
  }
}
