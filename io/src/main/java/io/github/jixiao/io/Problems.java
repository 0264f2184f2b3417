package io.github.jixiao.io;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The problems (问题) found so far in one document: the first {@link #KEPT} in the order found, and a
 * count of the rest. A problem is placed by its JSON path; the line and column of a path are
 * looked up only when the document is refused, in one more pass over its text for the kept
 * problems alone (see {@link LocatedTreeReader#locate}), so reading keeps no location per value.
 */
final class Problems {

  /** The most problems kept of one document; the rest are only counted. */
  public static final int KEPT = 1000;

  /** Where a problem is: the start of its value, of its field's name, or a place known. */
  private enum Where { VALUE, NAME, KNOWN }

  /**
   * A problem before its place is known. A problem with {@code also} gets the arguments {@code
   * line} and {@code column} of the name at {@code also} added to its message.
   */
  private record Pending(JsonProblem.Kind kind, JsonPath path, Where where, Location known,
      JsonPath also, Message message, Message hint) {}

  private final List<Pending> kept = new ArrayList<>();
  private long omitted;

  /** Whether a problem found now is kept: false once {@link #KEPT} are (then it is counted). */
  public boolean keeping() {
    if (kept.size() < KEPT) {
      return true;
    }
    omitted++;
    return false;
  }

  /**
   * Records a problem of the value at {@code path}, placed where the value starts; {@code hint}
   * is null when there is no obvious fix.
   */
  public void atValue(JsonProblem.Kind kind, JsonPath path, Message message, Message hint) {
    add(new Pending(kind, path, Where.VALUE, null, null, message, hint));
  }

  /** Records a problem of the field at {@code path}, placed where its name starts. */
  public void atName(JsonProblem.Kind kind, JsonPath path, Message message, Message hint) {
    add(new Pending(kind, path, Where.NAME, null, null, message, hint));
  }

  /** Records a problem at {@code path}, placed at {@code at}. */
  public void at(JsonProblem.Kind kind, JsonPath path, Location at, Message message,
      Message hint) {
    add(new Pending(kind, path, Where.KNOWN, at, null, message, hint));
  }

  /**
   * Records a problem at {@code path}, placed at {@code at}, whose message gets the arguments
   * {@code line} and {@code column} of where the name of the field at {@code also} starts.
   */
  public void at(JsonProblem.Kind kind, JsonPath path, Location at, JsonPath also,
      Message message, Message hint) {
    add(new Pending(kind, path, Where.KNOWN, at, also, message, hint));
  }

  private void add(Pending p) {
    if (kept.size() < KEPT) {
      kept.add(p);
    } else {
      omitted++;
    }
  }

  /** Counts {@code n} problems found and not kept (core's {@code InvalidValueException#omitted}). */
  public void count(long n) {
    omitted += n;
  }

  /** Records the problems of {@code other}, in their order. */
  void addAll(Problems other) {
    other.kept.forEach(this::add);
    omitted += other.omitted;
  }

  /** Whether {@link #KEPT} problems are kept: any found from now on is only counted. */
  public boolean full() {
    return kept.size() >= KEPT;
  }

  /** Whether nothing was found. */
  public boolean isEmpty() {
    return kept.isEmpty();
  }

  /** How many were found, kept or not. */
  public long size() {
    return kept.size() + omitted;
  }

  /** The paths whose places the kept problems need, with every path that holds one of them. */
  Set<JsonPath> wanted() {
    Set<JsonPath> wanted = new HashSet<>();
    for (Pending p : kept) {
      for (JsonPath path : new JsonPath[] {p.where == Where.KNOWN ? null : p.path, p.also}) {
        for (JsonPath q = path; q != null && wanted.add(q) && !q.isRoot(); q = q.parent()) {
          // Up to the root, or to a path already wanted (whose parents are, too).
        }
      }
    }
    return wanted;
  }

  /**
   * The exception that lists the problems, placed by {@code values} and {@code names} (where
   * each wanted value and field name starts; a path not in them is placed where its nearest
   * enclosing value starts).
   */
  JsonDocumentException exception(String source, Argument document,
      Map<JsonPath, Location> values, Map<JsonPath, Location> names) {
    List<JsonProblem> problems = new ArrayList<>(kept.size());
    for (Pending p : kept) {
      Location at = switch (p.where) {
        case KNOWN -> p.known;
        case NAME -> names.getOrDefault(p.path, valueAt(p.path, values));
        case VALUE -> valueAt(p.path, values);
      };
      Message message = p.message;
      if (p.also != null) {
        Location first = names.getOrDefault(p.also, Location.UNKNOWN);
        message = Message.builder().from(message)
            .addArguments(Argument.number("line", first.line()),
                Argument.number("column", first.column()))
            .build();
      }
      problems.add(new JsonProblem(p.kind, p.path.toString(), at.line(), at.column(), message,
          Optional.ofNullable(p.hint)));
    }
    return new JsonDocumentException(source, document,
        problems.stream().distinct().sorted().toList(), omitted);
  }

  /** The exception, for problems that need no place looked up. */
  JsonDocumentException exception(String source, Argument document) {
    return exception(source, document, Map.of(), Map.of());
  }

  private static Location valueAt(JsonPath path, Map<JsonPath, Location> values) {
    for (JsonPath p = path; ; p = p.parent()) {
      Location at = values.get(p);
      if (at != null) {
        return at;
      }
      if (p.isRoot()) {
        return Location.UNKNOWN;
      }
    }
  }
}
