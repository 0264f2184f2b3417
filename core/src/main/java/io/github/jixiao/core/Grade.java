package io.github.jixiao.core;

/**
 * A performance grade (评价等级). Which total earns which grade is set by a rulebook's grade scale
 * (the central standard: 优 90–100, 良 80–&lt;90, 中 60–&lt;80, 差 &lt;60), not here.
 */
public enum Grade {
  /** 优, excellent. */
  EXCELLENT("优"),
  /** 良, good. */
  GOOD("良"),
  /** 中, fair. */
  FAIR("中"),
  /** 差, poor. */
  POOR("差");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  /** The Chinese name, e.g. {@code 优}. */
  public String label() {
    return label;
  }
}
