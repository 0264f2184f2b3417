package io.github.jixiao.core;

/**
 * A scale of qualitative levels (定性指标分级): how many levels a qualitative indicator is judged
 * on. The three-step scale (达成 / 部分达成 / 未达成) is the national form's, with published bands
 * (80 % / 60 % of the weight); the five-step scale (优 / 良 / 中 / 低 / 差) is named by the Sichuan
 * 2023 project form, which publishes no bands — a rulebook using it states its own.
 */
public enum QualitativeScale {
  /** 三级: 达成 / 部分达成 / 未达成, the national form's. */
  THREE_STEP("three-step"),
  /** 五级: 优 / 良 / 中 / 低 / 差. */
  FIVE_STEP("five-step");

  private final String id;

  QualitativeScale(String id) {
    this.id = id;
  }

  /** The id a rulebook names the scale by, e.g. {@code five-step}. */
  public String id() {
    return id;
  }
}
