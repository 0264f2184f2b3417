package io.github.jixiao.core.archfixture.cycle.b;

import io.github.jixiao.core.archfixture.cycle.a.A;

/** The other half of the planted package cycle. */
public final class B {
  /** Uses A, whose package uses this one. */
  public A partner() {
    return new A();
  }
}
