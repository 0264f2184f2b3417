package io.github.jixiao.rules.monitoring;

/**
 * A monitoring light (信号灯), worst first: red (红灯, far behind or off target), yellow (黄灯,
 * behind), green (绿灯, on time), blue (蓝灯, well ahead of time). A project's light is the worst
 * of its indicators' ({@link #worse}): any red gives red, else any yellow yellow, else any green
 * green, else blue. Its name in a language is {@code Message.label(light)}.
 */
public enum Light {
  /** 红灯: a positive indicator below 60 % of its time progress, a limit passed, a level missed. */
  RED("红灯"),
  /** 黄灯: from 60 % to below 80 % of time progress, or a level partly reached. */
  YELLOW("黄灯"),
  /** 绿灯: from 80 % to below 120 % of time progress, within the limit, on the value. */
  GREEN("绿灯"),
  /** 蓝灯: 120 % of time progress or more: ahead, the target perhaps set too low. */
  BLUE("蓝灯");

  private final String label;

  Light(String label) {
    this.label = label;
  }

  /** The Chinese name, e.g. {@code 红灯}. */
  public String label() {
    return label;
  }

  /** The worse of this light and {@code other}: red before yellow before green before blue. */
  public Light worse(Light other) {
    return other.ordinal() < ordinal() ? other : this;
  }
}
