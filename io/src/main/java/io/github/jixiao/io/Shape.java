package io.github.jixiao.io;

import com.fasterxml.jackson.databind.JavaType;
import java.util.List;
import java.util.Map;

/**
 * What JSON a Java type is read from, as far as strict reading checks it before binding: the
 * Jackson binding of every Jixiao type, seen from the document's side.
 */
public sealed interface Shape {

  /** A JSON scalar of one kind. */
  record Scalar(ScalarKind kind) implements Shape {}

  /** The kinds of scalar. */
  enum ScalarKind {
    /** A string. */
    TEXT,
    /** A number, read exactly as a decimal. */
    DECIMAL,
    /** A whole number that fits a Java {@code int}. */
    INT,
    /** A whole number that fits a Java {@code long}. */
    LONG,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** Any JSON value at all (a rule's free-form parameters). */
    ANY
  }

  /** A string naming one constant of an enum. */
  record Enumeration(Class<?> type, List<String> constants, Map<String, String> byLabel)
      implements Shape {}

  /** An array of values of one type. */
  record ListOf(JavaType element) implements Shape {}

  /** A JSON object whose keys are free and whose values are of one type (a rule's parameters). */
  record MapOf(JavaType value) implements Shape {}

  /** A value that may be left out. */
  record OptionalOf(JavaType content) implements Shape {}

  /** A JSON object with known fields. */
  record ObjectShape(String typeName, Map<String, Field> fields) implements Shape {}

  /** A field of an object: its name, type and whether it must be given. */
  record Field(String name, JavaType type, boolean required) {}
}
