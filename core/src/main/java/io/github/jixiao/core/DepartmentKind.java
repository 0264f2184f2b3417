package io.github.jixiao.core;

/** The kind of budget unit (单位性质). */
public enum DepartmentKind {
  /** 行政单位, an administrative unit (organs of power, government, party). */
  ADMINISTRATIVE("行政"),
  /** 事业单位, a public institution. */
  PUBLIC_INSTITUTION("事业");

  private final String label;

  DepartmentKind(String label) {
    this.label = label;
  }

  /** The Chinese name, e.g. {@code 行政}. */
  public String label() {
    return label;
  }
}
