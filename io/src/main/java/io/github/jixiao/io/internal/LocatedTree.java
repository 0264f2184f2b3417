package io.github.jixiao.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A parsed document (已解析文档) with the line and column of every value and every field name, by JSON path:
 * Jackson's tree keeps no locations, and a problem found after parsing (an unknown field, a
 * violated constraint) must still say where it is.
 *
 * @param root the document's root value
 * @param values where each value starts, by its path
 * @param names where each field's name starts, by the field's path
 */
public record LocatedTree(JsonNode root, Map<String, Location> values,
    Map<String, Location> names) {

  /** A 1-based line and column (行号与列号). */
  public record Location(int line, int column) {
    /** Where nothing is known. */
    public static final Location UNKNOWN = new Location(0, 0);
  }

  /** Where the value at {@code path} starts, or where its nearest enclosing value does. */
  public Location valueAt(String path) {
    for (String p = path; ; p = JsonPaths.parent(p)) {
      Location at = values.get(p);
      if (at != null) {
        return at;
      }
      if (p.equals(JsonPaths.ROOT)) {
        return Location.UNKNOWN;
      }
    }
  }

  /** Where the name of the field at {@code path} starts, or else its value. */
  public Location nameAt(String path) {
    Location at = names.get(path);
    return at != null ? at : valueAt(path);
  }

  /** The root, which the caller has checked is an object. */
  public ObjectNode rootObject() {
    return (ObjectNode) root;
  }
}
