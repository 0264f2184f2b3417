package io.github.jixiao.core.archfixture.leak;

import io.github.jixiao.elsewhere.internal.Hidden;

/** A planted use of another module's internal package, which ArchitectureTest must catch. */
public final class Leaky {
  /** Reaches into elsewhere's internals. */
  public String peek() {
    return Hidden.secret();
  }
}
