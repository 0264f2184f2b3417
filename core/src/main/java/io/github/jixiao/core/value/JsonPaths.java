package io.github.jixiao.core.value;

import java.util.Optional;
import java.util.function.Function;

/**
 * The one way Jixiao names a place in a value or a document (JSON 路径): a JSON path from the
 * root {@code $}, with a field as {@code .name} and an element as {@code [index]} —
 * {@code $.budget.executed}, {@code $.indicators[3].weight}, {@code $.department.duties[2].code}.
 * A field whose name is not a plain name ({@code [A-Za-z_][A-Za-z0-9_]*}) is bracketed and quoted,
 * {@code $['第一']}, with {@code \} and {@code '} escaped and every control character, bidirectional
 * control and unpaired surrogate written {@code \}{@code uXXXX}, as RFC 9535 writes a name.
 *
 * <p>Every path a user sees is in this dialect: a {@link Violation}'s (where {@code $} is the value
 * being built), a reviewer's finding's, a JSON problem's (where {@code $} is the document read).
 * A path written before this dialect, relative and without the root ({@code duties[2].code}), is
 * read by {@link #rooted(String)}.
 */
public final class JsonPaths {

  /** The root: the whole value or document. */
  public static final String ROOT = "$";

  private JsonPaths() {}

  /**
   * The path of field {@code name} of the object at {@code path}: {@code field("$", "budget")} is
   * {@code $.budget}, {@code field("$", "第一")} is {@code $['第一']}.
   *
   * @param path a rooted path
   * @param name the field's name, any text
   */
  public static String field(String path, String name) {
    return path + segment(name);
  }

  /** The path of element {@code index} of the array at {@code path}: {@code $.duties[2]}. */
  public static String index(String path, int index) {
    return path + segment(index);
  }

  /** The segment of field {@code name} as it follows a path: {@code .budget} or {@code ['第一']}. */
  public static String segment(String name) {
    return isPlain(name) ? "." + name : "['" + quoted(name) + "']";
  }

  /** The segment of element {@code index} as it follows a path: {@code [2]}. */
  public static String segment(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("an index is 0 or more, was " + index);
    }
    return "[" + index + "]";
  }

  /**
   * Whether {@code path} is rooted: {@code $} itself or {@code $} followed by a segment
   * ({@code $.x}, {@code $[0]}, {@code $['x']}).
   */
  public static boolean isRooted(String path) {
    return path.startsWith(ROOT)
        && (path.length() == 1 || path.charAt(1) == '.' || path.charAt(1) == '[');
  }

  /**
   * {@code path} from the root: a rooted path as it is, the empty path as {@code $}, a relative one
   * ({@code duties[2].code}, {@code [0].code}, as Jixiao 0.1 wrote its paths) under the root
   * ({@code $.duties[2].code}, {@code $[0].code}).
   */
  public static String rooted(String path) {
    if (isRooted(path)) {
      return path;
    }
    if (path.isEmpty()) {
      return ROOT;
    }
    return path.charAt(0) == '[' ? ROOT + path : ROOT + "." + path;
  }

  /**
   * What {@code at} finds for {@code path} or, failing that, for the nearest path above it: {@code
   * $.entries[3].actual}, then {@code $.entries[3]}, then {@code $.entries}, then {@code $}, the
   * first that finds something. What a finding's path was read from (a table's cell, a report's
   * sentence) is looked up so, since a value is placed where it was read, not every part of it.
   */
  public static <T> Optional<T> nearest(String path, Function<String, Optional<T>> at) {
    String p = path;
    while (!p.isEmpty()) {
      Optional<T> found = at.apply(p);
      if (found.isPresent()) {
        return found;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut <= 0 ? "" : p.substring(0, cut);
    }
    return Optional.empty();
  }

  /**
   * Whether {@code name} is a plain name, {@code [A-Za-z_][A-Za-z0-9_]*}, written after a dot.
   * Written out rather than a regex: it runs for every field shown.
   */
  public static boolean isPlain(String name) {
    int n = name.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** {@code name} as it stands between the quotes of {@code ['…']}. */
  private static String quoted(String name) {
    StringBuilder s = new StringBuilder(name.length() + 8);
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(name.charAt(i + 1))) {
        s.append(c).append(name.charAt(++i));
      } else if (c == '\\' || c == '\'') {
        s.append('\\').append(c);
      } else if (escaped(c)) {
        s.append(String.format("\\u%04X", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  /**
   * Whether {@code c} is written {@code \}{@code uXXXX} in a quoted name: a control character, a
   * line or paragraph separator, a bidirectional embedding, override or isolate, or half a
   * surrogate pair.
   */
  private static boolean escaped(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || Character.isSurrogate(c);
  }
}
