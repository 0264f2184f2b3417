package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.spi.ConsistencyCheck;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A check of the methodology: its code, severity and description come from {@link CheckCode};
 * its words from the checks' bundle, {@code io.github.jixiao.rules.check.messages}.
 */
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
  public final Message description() {
    return code.description();
  }

  @Override
  public String toString() {
    return code.code() + " " + code.description(Locale.ENGLISH);
  }

  /** A decimal as the document has it, without exponent: {@code 3306.19}, {@code 92.00}. */
  static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /** A number argument: exact, shown plain. */
  static Argument number(String name, BigDecimal value) {
    return Argument.number(name, value);
  }

  /** A text argument of the document's data, bounded and escaped as a message echoes it. */
  static Argument text(String name, String value) {
    return Argument.text(name, Echo.text(value));
  }

  /** A text argument of a document's name, title or quote, bounded as a phrase. */
  static Argument phrase(String name, String value) {
    return Argument.text(name, Echo.phrase(value));
  }

  /** The indicator's code as the argument {@code code}, bounded and escaped. */
  static Argument code(Indicator indicator) {
    return text("code", indicator.getCode());
  }

  /** The indicator's name as the argument {@code name}, bounded and escaped. */
  static Argument name(Indicator indicator) {
    return phrase("name", indicator.getName());
  }

  /** Whether {@code a > b} numerically, whatever the scales. */
  static boolean above(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) > 0;
  }
}
