package io.github.jixiao.core.message;

import java.util.List;
import java.util.Locale;

/**
 * The chain of bundle files a locale is looked up in — never the machine's default locale: {@code
 * zh_TW} → {@code _zh_TW}, {@code _zh}, root; {@code zh} → {@code _zh}, root; {@code en} →
 * {@code _en}, root; {@link Locale#ROOT} → root. The root file is English.
 */
final class Languages {

  private Languages() {}

  static List<String> chain(Locale locale) {
    String language = locale.getLanguage();
    if (language.isEmpty()) {
      return List.of("");
    }
    String country = locale.getCountry();
    return country.isEmpty() ? List.of("_" + language, "")
        : List.of("_" + language + "_" + country, "_" + language, "");
  }

  /** The file suffix of exactly one language: {@code _zh} for Chinese, {@code ""} for root. */
  static String suffix(Locale locale) {
    return chain(locale).get(0);
  }

  /** The language tag a message's own templates are keyed by: {@code zh}; {@code en} for root. */
  static String tag(String suffix) {
    return suffix.isEmpty() ? "en" : suffix.substring(1).replace('_', '-');
  }
}
