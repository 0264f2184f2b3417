package io.github.jixiao.io;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.JsonPaths;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.io.JsonProblem.Kind;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Binds a tree whose shape is right to its domain value (领域对象), and turns what the domain refuses into
 * problems at JSON paths: core's {@link InvalidValueException} lists each violation with a path
 * relative to the object being built, and Jackson's path says where that object is.
 *
 * <p>When the document does not bind, every object is bound on its own, innermost first, so that
 * each invalid object whose parts are valid reports all its violations; an object with an invalid
 * part is not bound itself, as its own checks would see only the part's failure.
 */
final class ValueBinder {

  private final ObjectMapper mapper;
  private final Shapes shapes;
  private final Problems problems;
  /** Where the last failure {@link #record(Exception) recorded} was: its innermost object. */
  private JsonPath failedAt;
  /** While {@link #record(JsonNode, JavaType, Problems, JsonPath)} runs: the failure known. */
  private JsonPath known;
  private Problems knownProblems;

  /** A binder that records into {@code problems}. */
  public ValueBinder(ObjectMapper mapper, Shapes shapes, Problems problems) {
    this.mapper = mapper;
    this.shapes = shapes;
    this.problems = problems;
  }

  /**
   * Records why {@code node}, whose shape is right, does not bind as {@code type}: the problems
   * of each part that does not bind, or else {@code whole}, the problems of binding it whole.
   */
  public void record(JsonNode node, JavaType type, Problems whole) {
    record(node, type, whole, null);
  }

  /**
   * As {@link #record(JsonNode, JavaType, Problems)}, where binding the whole failed at {@code
   * failedAt} (see {@link #failedAt()}): the object there is not bound again — its parts bound,
   * since Jackson builds the parts of an object first, and its problems are {@code whole}'s. A
   * department of 200 000 duties with one code is then bound twice, not three times.
   */
  public void record(JsonNode node, JavaType type, Problems whole, JsonPath failedAt) {
    this.known = failedAt;
    this.knownProblems = whole;
    long before = problems.size();
    bindEach(node, type, JsonPath.ROOT, true);
    this.known = null;
    this.knownProblems = null;
    if (problems.size() == before) {
      problems.addAll(whole);
    }
  }

  /** Records the problems of {@code failure}, thrown while binding the document. */
  public void record(Exception failure) {
    failedAt = failure instanceof JsonMappingException m ? pathOf(m, JsonPath.ROOT) : null;
    record(failure, JsonPath.ROOT);
  }

  /** The innermost object whose building threw the failure last recorded, if Jackson says. */
  public JsonPath failedAt() {
    return failedAt;
  }

  /** Whether {@code node} and everything in it binds; records the problems of what does not. */
  private boolean bindEach(JsonNode node, JavaType type, JsonPath path, boolean failed) {
    if (path.equals(known)) {
      problems.addAll(knownProblems);
      return false;
    }
    Shape shape = shapes.of(type);
    if (shape instanceof Shape.OptionalOf o) {
      return bindEach(node, o.content(), path, failed);
    }
    if (shape instanceof Shape.ListOf l) {
      if (bindsWhole(node, type)) {
        // Every element binds: no element bound on its own.
        return true;
      }
      boolean ok = true;
      for (int i = 0; i < node.size(); i++) {
        ok &= bindEach(node.get(i), l.element(), path.index(i), false);
      }
      return ok;
    }
    if (shape instanceof Shape.MapOf m) {
      if (bindsWhole(node, type)) {
        return true;
      }
      boolean ok = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        ok &= bindEach(entry.getValue(), m.value(), path.field(entry.getKey()), false);
      }
      return ok;
    }
    if (!(shape instanceof Shape.ObjectShape object)) {
      return true;
    }
    boolean partsOk = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Shape.Field field = object.fields().get(entry.getKey());
      if (field != null) {
        partsOk &= bindEach(entry.getValue(), field.type(), path.field(entry.getKey()), false);
      }
    }
    if (!partsOk || failed) {
      // The whole document's failure is already known: not bound a second time.
      return partsOk;
    }
    try {
      mapper.readerFor(type).readValue(node);
      return true;
    } catch (IOException | RuntimeException e) {
      record(e, path);
      return false;
    }
  }

  /** Whether {@code node} binds as {@code type}, in one go; its failure is not kept. */
  private boolean bindsWhole(JsonNode node, JavaType type) {
    try {
      mapper.readerFor(type).readValue(node);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Records the problems of {@code failure}, thrown while binding the value at {@code path}. */
  private void record(Exception failure, JsonPath path) {
    JsonPath at = failure instanceof JsonMappingException m ? pathOf(m, path) : path;
    InvalidValueException invalid = cause(failure, InvalidValueException.class);
    if (invalid != null) {
      for (Violation v : invalid.violations()) {
        if (!problems.keeping()) {
          // Past the problems kept, a violation is only counted: its path is not parsed.
          continue;
        }
        JsonPath where = at.relative(v.path());
        boolean placed = v.path().equals(JsonPaths.ROOT) || !where.equals(at);
        // core's message itself, nested: rendered in the reader's language when asked.
        Message said = placed ? v.message() : Message.of("io.value.unplaced",
            Argument.message("message", v.message()),
            Argument.text("path", Echo.of(v.path(), 200)));
        problems.atValue(Kind.INVALID_VALUE, where, said, null);
      }
      problems.count(invalid.omitted());
      return;
    }
    // Never the binder's own words (its classes and features) nor the JDK's: the cause's message
    // if it is one of Jixiao's, else only that the value could not be read, with where to look.
    JixiaoException own = cause(failure, JixiaoException.class);
    if (own != null) {
      problems.atValue(Kind.INVALID_VALUE, at, Message.of("io.value.refused",
          Argument.message("reason", own.said())), null);
    } else {
      problems.atValue(Kind.INVALID_VALUE, at, Message.of("io.value.unreadable"),
          Message.of("io.value.unreadable.hint"));
    }
  }

  private static JsonPath pathOf(JsonMappingException e, JsonPath base) {
    JsonPath path = base;
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path = path.field(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path = path.index(ref.getIndex());
      }
    }
    return path;
  }

  private static <X extends Throwable> X cause(Throwable t, Class<X> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }
}
