package io.github.jixiao.io;

import io.github.jixiao.core.value.JsonPaths;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A JSON path (JSON 路径) as a parent and one segment, built in constant time and shown only when a
 * problem is reported, in core's one dialect ({@link JsonPaths}): {@code $}, {@code
 * $.budget.fullYear}, {@code $.department.duties[2].code}; a key that is not a plain name is
 * bracketed, {@code $['第一']}. A path is shown with each name cut at {@link Echo#MAX} characters
 * and escaped, and a path longer than {@link #SHOWN} characters with its middle elided, so that no
 * path of a hostile document is ever built whole.
 */
final class JsonPath {

  /** The document's root. */
  public static final JsonPath ROOT = new JsonPath(null, null, -1);

  /** The most characters of a path shown. */
  static final int SHOWN = 256;

  private static final Pattern SEGMENT = Pattern.compile(
      "(\\.[A-Za-z_][A-Za-z0-9_]*(\\[[0-9]+\\])*)+");

  private final JsonPath parent;
  private final String name;
  private final int index;
  private final int depth;
  private final int hash;

  private JsonPath(JsonPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.hash = parent == null ? 1 : parent.hash * 31 + (name != null ? name.hashCode() : index);
  }

  /** The path of field {@code name} of the object at this path. */
  public JsonPath field(String name) {
    return new JsonPath(this, name, -1);
  }

  /** The path of element {@code index} of the array at this path. */
  public JsonPath index(int index) {
    return new JsonPath(this, null, index);
  }

  /** The path of the object or array that holds this one; the root for the root. */
  public JsonPath parent() {
    return parent == null ? this : parent;
  }

  /** Whether this is the root. */
  public boolean isRoot() {
    return parent == null;
  }

  /**
   * The path of a violation's path under the object at this path: core's violations are rooted at
   * the value built ({@code "$.duties[2].code"}, {@code "$.fullYear"}, {@code "$"}), the value read
   * here. A path of plain names and indexes is followed from here; one of any other shape stays
   * here.
   */
  public JsonPath relative(String violationPath) {
    String rooted = JsonPaths.rooted(violationPath);
    if (rooted.length() == 1 || rooted.length() > 1000
        || !SEGMENT.matcher(rooted).region(1, rooted.length()).matches()) {
      return this;
    }
    JsonPath path = this;
    for (String part : rooted.substring(2).split("\\.")) {
      int bracket = part.indexOf('[');
      path = path.field(bracket < 0 ? part : part.substring(0, bracket));
      while (bracket >= 0) {
        int close = part.indexOf(']', bracket);
        path = path.index(Integer.parseInt(part.substring(bracket + 1, close)));
        bracket = part.indexOf('[', close);
      }
    }
    return path;
  }

  /**
   * This path's last segment as core's dialect writes it, the name cut at {@link Echo#MAX}
   * characters first.
   */
  private String segment() {
    if (name == null) {
      return JsonPaths.segment(index);
    }
    String shown = name.length() <= Echo.MAX ? name : cut(name);
    return JsonPaths.isPlain(name) ? "." + shown : JsonPaths.segment(shown);
  }

  /** The first {@link Echo#MAX} characters of {@code name}, a surrogate pair kept whole, and "…". */
  private static String cut(String name) {
    int end = Character.isHighSurrogate(name.charAt(Echo.MAX - 1)) ? Echo.MAX + 1 : Echo.MAX;
    return name.substring(0, Math.min(end, name.length())) + "…";
  }

  /** The path as users read it, at most about {@link #SHOWN} characters. */
  @Override
  public String toString() {
    Deque<String> segments = new ArrayDeque<>(depth);
    for (JsonPath p = this; p.parent != null; p = p.parent) {
      segments.addFirst(p.segment());
    }
    StringBuilder s = new StringBuilder("$");
    segments.forEach(s::append);
    if (s.length() <= SHOWN) {
      return s.toString();
    }
    int half = SHOWN / 2;
    return s.substring(0, half) + "…" + s.substring(s.length() - half);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof JsonPath other) || hash != other.hash || depth != other.depth) {
      return false;
    }
    JsonPath a = this;
    JsonPath b = other;
    while (a != b) {
      if (a.index != b.index || !java.util.Objects.equals(a.name, b.name)) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
