package io.github.jixiao.io.internal;

import java.util.regex.Pattern;

/**
 * JSON paths in the dotted form users read: {@code $}, {@code $.budget.fullYear},
 * {@code $.department.duties[2].code}; a key that is not a plain name is bracketed:
 * {@code $['第一']}.
 */
public final class JsonPaths {

  /** The document's root. */
  public static final String ROOT = "$";

  private static final Pattern SEGMENT = Pattern.compile(
      "[A-Za-z_][A-Za-z0-9_]*(\\[[0-9]+\\])*(\\.[A-Za-z_][A-Za-z0-9_]*(\\[[0-9]+\\])*)*");

  private JsonPaths() {}

  /** The path of field {@code name} of the object at {@code parent}. */
  public static String field(String parent, String name) {
    if (isPlain(name)) {
      return parent + "." + name;
    }
    return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /**
   * Whether {@code name} is {@code [A-Za-z_][A-Za-z0-9_]*}. Written out rather than a regex: it
   * runs for every field of every document read, and a matcher per name was the top of the
   * read profile.
   */
  static boolean isPlain(String name) {
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

  /** The path of element {@code index} of the array at {@code parent}. */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /**
   * The path of a property path relative to the object at {@code parent}, as core's violations
   * give it ({@code "duties[2].code"}, {@code "fullYear"}, {@code ""}); a path of any other shape
   * stays at {@code parent}.
   */
  public static String relative(String parent, String propertyPath) {
    if (propertyPath.isEmpty() || !SEGMENT.matcher(propertyPath).matches()) {
      return parent;
    }
    return parent + "." + propertyPath;
  }

  /** The path of the object or array that holds {@code path}; the root for the root. */
  public static String parent(String path) {
    if (path.equals(ROOT)) {
      return ROOT;
    }
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    // A bracketed key may itself contain dots or brackets: find the bracket that opens it.
    if (path.endsWith("']")) {
      cut = path.lastIndexOf("['");
    }
    return cut <= 0 ? ROOT : path.substring(0, cut);
  }
}
