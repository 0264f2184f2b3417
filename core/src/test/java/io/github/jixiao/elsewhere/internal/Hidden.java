package io.github.jixiao.elsewhere.internal;

/** Stands for another module's internal class in ArchitectureTest's planted leak. */
public final class Hidden {

  private Hidden() {}

  /** Read by the planted leak. */
  public static String secret() {
    return "hidden";
  }
}
