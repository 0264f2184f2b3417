package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.util.List;
import java.util.Locale;

/**
 * The language of the output (输出语言): Chinese (the default) or English, chosen with {@code
 * --lang zh|en} and never from the machine's locale. Everything the command line says is a keyed
 * {@link Message} rendered in it.
 */
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

  /** The message of {@code key} with {@code arguments}, rendered in this language. */
  String say(String key, Argument... arguments) {
    return Message.of(key, arguments).render(locale);
  }

  /** {@code message} rendered in this language. */
  String say(Message message) {
    return message.render(locale);
  }

  /** The name of a domain enumeration's constant in this language: 良 or good, 错误 or error. */
  String label(Enum<?> constant) {
    return Message.label(constant).render(locale);
  }

  /**
   * The language a command line asks for: the value of its last {@code --lang} ({@code --lang en}
   * or {@code --lang=en}, in any case), wherever it stands; Chinese when there is none or it is
   * neither {@code zh} nor {@code en}. Read from the words themselves so that the help and a
   * command line that cannot be parsed are in that language too.
   */
  static Lang among(List<String> args) {
    Lang found = ZH;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String value = arg.startsWith("--lang=") ? arg.substring("--lang=".length())
          : arg.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
      if (value != null) {
        found = value.equalsIgnoreCase("en") ? EN : ZH;
      }
    }
    return found;
  }
}
