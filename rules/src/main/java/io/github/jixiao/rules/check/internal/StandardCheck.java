package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.spi.ConsistencyCheck;
import java.math.BigDecimal;

/** A check of the methodology: its code, severity and description come from {@link CheckCode}. */
abstract class StandardCheck implements ConsistencyCheck {

  private final CheckCode code;

  StandardCheck(CheckCode code) {
    this.code = code;
  }

  @Override
  public final String code() {
    return code.code();
  }

  @Override
  public final Severity severity() {
    return code.severity();
  }

  @Override
  public final String description() {
    return code.description();
  }

  @Override
  public final String descriptionZh() {
    return code.descriptionZh();
  }

  @Override
  public String toString() {
    return code.code() + " " + code.description();
  }

  /** A decimal as the document has it, without exponent: {@code 3306.19}, {@code 92.00}. */
  static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /** {@code '1.1 预算执行'}: code and name as a message echoes them, bounded and escaped. */
  static String named(Indicator indicator) {
    return "'" + Echo.text(indicator.getCode()) + " " + Echo.phrase(indicator.getName()) + "'";
  }

  /** {@code “1.1 预算执行”}: code and name as a message echoes them, bounded and escaped. */
  static String namedZh(Indicator indicator) {
    return "“" + Echo.text(indicator.getCode()) + " " + Echo.phrase(indicator.getName()) + "”";
  }

  /** Whether {@code a > b} numerically, whatever the scales. */
  static boolean above(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) > 0;
  }
}
