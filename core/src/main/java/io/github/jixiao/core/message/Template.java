package io.github.jixiao.core.message;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One template compiled for {@link MessageFormat}: its named placeholders ({@code {actual}})
 * numbered in order of first appearance, so that the JDK's formatter does the rest — quoting
 * ({@code ''} for an apostrophe, {@code '{'} for a brace) included. Arguments reach it already
 * rendered as text, so no locale ever formats a number: {@code 3306.19} stays {@code 3306.19}.
 * Only plain placeholders are allowed: {@code {n,number}} and {@code {n,choice,…}} would format by
 * locale, and neither Chinese nor Jixiao's English needs plurals.
 */
final class Template {

  /** The most compiled templates kept; beyond, a template is compiled each time it is used. */
  private static final int CACHED = 10_000;

  private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

  private final MessageFormat format;
  private final String[] names;

  private Template(MessageFormat format, String[] names) {
    this.format = format;
    this.names = names;
  }

  /** Whether {@code name} may name a placeholder: a letter, then letters, digits, - or _. */
  static boolean validName(String name) {
    if (name.isEmpty() || name.length() > 64 || !Character.isLetter(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  /**
   * The template compiled, from the cache when it was compiled before.
   *
   * @throws BadTemplate naming what is wrong with it
   */
  static Template compile(String template) {
    Template known = CACHE.get(template);
    if (known != null) {
      return known;
    }
    Template made = parse(template);
    if (CACHE.size() < CACHED) {
      CACHE.put(template, made);
    }
    return made;
  }

  private static Template parse(String template) {
    StringBuilder numbered = new StringBuilder(template.length());
    List<String> names = new ArrayList<>();
    boolean quoted = false;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '\'') {
        if (i + 1 < template.length() && template.charAt(i + 1) == '\'') {
          numbered.append("''");
          i++;
        } else {
          quoted = !quoted;
          numbered.append(c);
        }
      } else if (c == '{' && !quoted) {
        int end = template.indexOf('}', i);
        String name = end < 0 ? "" : template.substring(i + 1, end);
        if (!validName(name)) {
          throw bad("core.message.template.placeholder", template, i);
        }
        int index = names.indexOf(name);
        if (index < 0) {
          index = names.size();
          names.add(name);
        }
        numbered.append('{').append(index).append('}');
        i = end;
      } else if (c == '}' && !quoted) {
        throw bad("core.message.template.brace", template, i);
      } else {
        numbered.append(c);
      }
    }
    if (quoted) {
      throw bad("core.message.template.quote", template, template.lastIndexOf('\''));
    }
    return new Template(new MessageFormat(numbered.toString(), Locale.ROOT),
        names.toArray(String[]::new));
  }

  private static BadTemplate bad(String key, String template, int index) {
    return new BadTemplate(Message.of(key, Argument.number("at", index + 1L),
        Argument.text("template", Texts.bounded(template))));
  }

  /** A template that does not compile, saying why as a message. */
  static final class BadTemplate extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final Message said;

    BadTemplate(Message said) {
      this.said = said;
    }

    Message said() {
      return said;
    }

    @Override
    public String getMessage() {
      return said.render(java.util.Locale.ENGLISH);
    }
  }

  /** The names of the placeholders, in order of first appearance. */
  List<String> names() {
    return List.of(names);
  }

  /** The template with each placeholder replaced by its value; a value not given stays {name}. */
  String format(Map<String, String> values) {
    Object[] shown = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      String v = values.get(names[i]);
      shown[i] = v != null ? v : "{" + names[i] + "}";
    }
    // A MessageFormat is not safe to share while formatting; a copy is cheap beside the words.
    return ((MessageFormat) format.clone()).format(shown);
  }
}
