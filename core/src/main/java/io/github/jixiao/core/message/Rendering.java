package io.github.jixiao.core.message;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a message and its arguments in one language. */
final class Rendering {

  /**
   * How deep messages may nest in arguments: a message deeper is shown as its key alone, its
   * arguments not rendered, so that no nesting built in code can exhaust the stack.
   */
  private static final int DEEPEST = 8;

  private Rendering() {}

  static String message(Message message, Locale locale) {
    return message(message, locale, 0);
  }

  private static String message(Message message, Locale locale, int depth) {
    if (depth >= DEEPEST) {
      return message.getKey(); // deeper than any message Jixiao makes: not rendered further
    }
    MessageBundles.Found found = MessageBundles.templateFor(message, locale);
    Map<String, String> values = new HashMap<>();
    for (Argument a : message.getArguments()) {
      values.putIfAbsent(a.getName(), argument(a, locale, depth + 1));
    }
    if (found == null) {
      return unknown(message, values);
    }
    if (!found.own()) {
      return Template.compile(found.template()).format(values);
    }
    return Texts.bounded(Template.compileInline(found.template()).format(values),
        Texts.MOST_INLINE);
  }

  /** A key no bundle knows: the key and its arguments, so that nothing is lost. */
  private static String unknown(Message message, Map<String, String> values) {
    StringBuilder shown = new StringBuilder(message.getKey());
    if (!message.getArguments().isEmpty()) {
      shown.append('(');
      for (int i = 0; i < message.getArguments().size(); i++) {
        String name = message.getArguments().get(i).getName();
        shown.append(i == 0 ? "" : ", ").append(name).append('=').append(values.get(name));
      }
      shown.append(')');
    }
    return shown.toString();
  }

  static String argument(Argument a, Locale locale) {
    return argument(a, locale, 0);
  }

  private static String argument(Argument a, Locale locale, int depth) {
    if (a.getNumber().isPresent()) {
      return Texts.number(a.getNumber().get());
    }
    if (a.getText().isPresent()) {
      return Texts.bounded(a.getText().get());
    }
    if (a.getMessage().isPresent()) {
      return message(a.getMessage().get(), locale, depth);
    }
    return list(a.getList().orElse(List.of()), locale);
  }

  private static String list(List<String> items, Locale locale) {
    String separator = message(Message.of("core.list.separator"), locale);
    StringBuilder joined = new StringBuilder();
    int shown = Math.min(items.size(), Argument.LIST_SHOWN);
    for (int i = 0; i < shown; i++) {
      joined.append(i == 0 ? "" : separator).append(Texts.bounded(items.get(i)));
    }
    if (shown == items.size()) {
      return joined.toString();
    }
    return message(Message.of("core.list.more", Argument.text("shown", joined.toString()),
        Argument.number("count", items.size() - shown)), locale);
  }

  static IllegalArgumentException invalid(Argument a, int values) {
    String name = a.getName() == null ? "(none)" : "'" + Texts.bounded(a.getName()) + "'";
    return new IllegalArgumentException("an argument needs a name (a letter, then letters,"
        + " digits, - or _) and exactly one of number, text, message or list; was name " + name
        + " with " + values + " values");
  }
}
