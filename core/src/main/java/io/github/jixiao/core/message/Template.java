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

  /** The longest of a message's own templates that is cached. */
  private static final int INLINE_CACHED_CHARS = 400;

  private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

  /** Marks a placeholder in the pattern's text while it is split: private-use characters. */
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  private final String[] names;
  /** The pattern split once: literal text (a String) and placeholders (an Integer index). */
  private final Object[] parts;

  private Template(MessageFormat format, String[] names) {
    this.names = names;
    this.parts = split(format, names.length);
  }

  /**
   * The pattern as MessageFormat reads it — quotes resolved — in literal runs and placeholders:
   * formatted once with a marker for each placeholder, then cut at the markers. So every later
   * rendering is a plain concatenation, shared safely across threads (a MessageFormat is not).
   */
  private static Object[] split(MessageFormat format, int placeholders) {
    Object[] markers = new Object[placeholders];
    for (int i = 0; i < placeholders; i++) {
      markers[i] = OPEN + Integer.toString(i) + CLOSE;
    }
    String marked = format.format(markers);
    java.util.List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      int close = c == OPEN ? marked.indexOf(CLOSE, i) : -1;
      if (close > i + 1 && isIndex(marked, i + 1, close, placeholders)) {
        if (literal.length() > 0) {
          parts.add(literal.toString());
          literal.setLength(0);
        }
        parts.add(Integer.parseInt(marked, i + 1, close, 10));
        i = close;
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      parts.add(literal.toString());
    }
    return parts.toArray();
  }

  private static boolean isIndex(String s, int from, int to, int below) {
    if (to - from > 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return Integer.parseInt(s, from, to, 10) < below;
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
    return compile(template, CACHED);
  }

  /**
   * A message's own template compiled: cached only while short and while the cache is less than
   * half full, since such templates may come from documents read back (a user's rule's words on a
   * score card) and must not fill the cache the bundles' templates use.
   *
   * @throws BadTemplate naming what is wrong with it
   */
  static Template compileInline(String template) {
    return compile(template, template.length() <= INLINE_CACHED_CHARS ? CACHED / 2 : 0);
  }

  /** Compiled from the cache, or parsed and cached while the cache holds fewer than {@code room}. */
  private static Template compile(String template, int room) {
    Template known = CACHE.get(template);
    if (known != null) {
      return known;
    }
    Template made = parse(template);
    if (CACHE.size() < room) {
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
    StringBuilder shown = new StringBuilder(64);
    for (Object part : parts) {
      if (part instanceof Integer index) {
        String name = names[index];
        String v = values.get(name);
        if (v != null) {
          shown.append(v);
        } else {
          shown.append('{').append(name).append('}');
        }
      } else {
        shown.append((String) part);
      }
    }
    return shown.toString();
  }
}
