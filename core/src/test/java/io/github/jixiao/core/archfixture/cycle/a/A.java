package io.github.jixiao.core.archfixture.cycle.a;

import io.github.jixiao.core.archfixture.cycle.b.B;

/** Half of a planted package cycle that ArchitectureTest must catch. */
public final class A {
  /** Uses B, whose package uses this one. */
  public B partner() {
    return new B();
  }
}
