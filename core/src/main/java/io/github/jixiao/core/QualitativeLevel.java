package io.github.jixiao.core;

import java.util.List;

/**
 * The level a qualitative indicator reached (定性指标完成程度), on one of two scales ({@link
 * QualitativeScale}): the national three-step form's 达成 / 部分达成 / 未达成, or the five-step
 * 优 / 良 / 中 / 低 / 差 that the Sichuan 2023 project form names for 定性 indicators. The share of the
 * weight each level earns (达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 % in the national form)
 * belongs to the rulebook, not here; a level is scored only under a rule of its own scale.
 */
public enum QualitativeLevel {
  /** 达成, achieved (three-step). */
  ACHIEVED("达成"),
  /** 部分达成, partly achieved (three-step). */
  PARTLY_ACHIEVED("部分达成"),
  /** 未达成, not achieved (three-step). */
  NOT_ACHIEVED("未达成"),
  /** 优, excellent (five-step). */
  EXCELLENT("优"),
  /** 良, good (five-step). */
  GOOD("良"),
  /** 中, fair (five-step). */
  FAIR("中"),
  /** 低, low (five-step). */
  LOW("低"),
  /** 差, poor (five-step). */
  POOR("差");

  private final String label;

  QualitativeLevel(String label) {
    this.label = label;
  }

  /** The Chinese name, e.g. {@code 达成}. */
  public String label() {
    return label;
  }

  /** The scale this level belongs to: 达成 to three-step, 优 to five-step. */
  public QualitativeScale scale() {
    return ordinal() <= NOT_ACHIEVED.ordinal() ? QualitativeScale.THREE_STEP
        : QualitativeScale.FIVE_STEP;
  }

  /** Whether this is the top level of its scale (达成, 优): the level that meets the target. */
  public boolean isTop() {
    return this == ACHIEVED || this == EXCELLENT;
  }

  /** The levels of {@code scale}, best first. */
  public static List<QualitativeLevel> of(QualitativeScale scale) {
    return scale == QualitativeScale.THREE_STEP ? THREE : FIVE;
  }

  private static final List<QualitativeLevel> THREE = List.of(ACHIEVED, PARTLY_ACHIEVED,
      NOT_ACHIEVED);
  private static final List<QualitativeLevel> FIVE = List.of(EXCELLENT, GOOD, FAIR, LOW, POOR);
}
