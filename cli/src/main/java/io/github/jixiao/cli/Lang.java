package io.github.jixiao.cli;

import java.util.Locale;

/** The language of the output (输出语言): Chinese (the default) or English. */
enum Lang {
  /** 中文. */
  ZH(Locale.SIMPLIFIED_CHINESE),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }

  /** {@code zh} or {@code en}, whichever is this language. */
  String pick(String zh, String en) {
    return this == ZH ? zh : en;
  }
}
