package io.github.jixiao.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.io.Shape.ScalarKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON Schema keywords (校验关键字) of the Bean Validation constraints Hibernate Validator
 * reports for a property: {@code @Min}/{@code @Max}/{@code @DecimalMin}/{@code @DecimalMax}/
 * {@code @Positive}/{@code @PositiveOrZero}/{@code @Negative}/{@code @NegativeOrZero} → {@code
 * minimum}/{@code maximum} or their exclusive forms; {@code @Digits(integer = n)} → the open range
 * ±10ⁿ; {@code @NotBlank} → {@code minLength 1} and {@code pattern "\S"}; {@code @NotEmpty} and
 * {@code @Size} → lengths or item counts. {@code @NotNull} and {@code @Valid} say nothing a schema
 * needs (null is never a value; nested objects are described anyway).
 *
 * <p>A constraint composed of others (such as {@code @MoneyAmount}: {@code @PositiveOrZero} and
 * {@code @Digits(15, 6)}) becomes a shared definition named after it. A constraint with a validator
 * of its own says nothing Hibernate Validator can report, so its keywords are declared here, in
 * {@link #DECLARED}; any other constraint stops the generation, so none is ever dropped silently.
 */
final class SchemaKeywords {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Constraints checked by a validator of their own, and what they require of a string. */
  static final Map<String, List<String>> DECLARED = Map.of(
      // TextValidator: null or a string that is not blank.
      "io.github.jixiao.core.constraint.Text", List.of("minLength", "1", "pattern", "\\S"));

  /** A definition for a composed or declared constraint, made once per schema. */
  interface Definitions {
    /** The {@code $ref} of the definition of {@code constraint}, on values of {@code kind}. */
    String refer(ConstraintDescriptor<?> constraint, ScalarKind kind);
  }

  private SchemaKeywords() {}

  /** Whether {@code constraint} becomes a shared definition rather than keywords in place. */
  static boolean isShared(ConstraintDescriptor<?> constraint) {
    return !constraint.getAnnotation().annotationType().getName()
        .startsWith("jakarta.validation.");
  }

  /** {@code constraints} in a stable order: by annotation type, then by attributes. */
  static List<ConstraintDescriptor<?>> sorted(Collection<ConstraintDescriptor<?>> constraints) {
    List<ConstraintDescriptor<?>> list = new ArrayList<>(constraints);
    list.sort(Comparator.comparing((ConstraintDescriptor<?> c) ->
        c.getAnnotation().annotationType().getName()).thenComparing(c ->
        new TreeMap<>(c.getAttributes()).toString()));
    return list;
  }

  /**
   * Adds to {@code schema} (a value of {@code kind}) the keywords of {@code constraints}: shared
   * ones by reference through {@code definitions}, the others in place.
   */
  static void apply(ObjectNode schema, ScalarKind kind,
      Collection<ConstraintDescriptor<?>> constraints, Definitions definitions, String where) {
    Bounds bounds = Bounds.of(kind);
    List<String> refs = new ArrayList<>();
    for (ConstraintDescriptor<?> constraint : sorted(constraints)) {
      if (isShared(constraint)) {
        refs.add(definitions.refer(constraint, kind));
      } else {
        standard(schema, bounds, kind, constraint.getAnnotation(), where);
      }
    }
    if (refs.size() == 1) {
      schema.put("$ref", refs.get(0));
    } else if (refs.size() > 1) {
      refs.forEach(ref -> schema.withArray("allOf").addObject().put("$ref", ref));
    }
    bounds.writeTo(schema);
  }

  /**
   * The keywords of a shared constraint's definition: those of its composing constraints, or the
   * declared ones of a constraint with its own validator.
   */
  static void define(ObjectNode schema, ScalarKind kind, ConstraintDescriptor<?> constraint,
      Definitions definitions, String where) {
    String name = constraint.getAnnotation().annotationType().getName();
    List<String> declared = DECLARED.get(name);
    if (declared != null) {
      for (int i = 0; i < declared.size(); i += 2) {
        String value = declared.get(i + 1);
        if (value.chars().allMatch(Character::isDigit)) {
          schema.put(declared.get(i), Integer.parseInt(value));
        } else {
          schema.put(declared.get(i), value);
        }
      }
      return;
    }
    if (!constraint.getConstraintValidatorClasses().isEmpty()
        || constraint.getComposingConstraints().isEmpty()) {
      throw new IllegalStateException("no JSON Schema keywords for @"
          + constraint.getAnnotation().annotationType().getSimpleName() + " on " + where
          + ": declare them in SchemaKeywords.DECLARED");
    }
    apply(schema, kind, constraint.getComposingConstraints(), definitions, where);
  }

  /** The {@code @Digits} among {@code constraint} and what it is composed of, if any. */
  static Optional<Digits> digits(ConstraintDescriptor<?> constraint) {
    if (constraint.getAnnotation() instanceof Digits d) {
      return Optional.of(d);
    }
    return constraint.getComposingConstraints().stream().map(SchemaKeywords::digits)
        .flatMap(Optional::stream).findFirst();
  }

  /** Keywords of a constraint on a list or map itself (not on its elements). */
  static void applyToContainer(ObjectNode schema, boolean list,
      Collection<ConstraintDescriptor<?>> constraints, String where) {
    for (ConstraintDescriptor<?> constraint : sorted(constraints)) {
      Annotation a = constraint.getAnnotation();
      if (a instanceof NotNull || a instanceof Valid) {
        continue;
      }
      String min = list ? "minItems" : "minProperties";
      String max = list ? "maxItems" : "maxProperties";
      if (a instanceof NotEmpty) {
        schema.put(min, 1);
      } else if (a instanceof Size size) {
        sizes(schema, min, max, size);
      } else {
        throw unsupported(a, where);
      }
    }
  }

  /** Refuses any constraint on a value the schema refers to or unwraps, but the trivial ones. */
  static void nothingBut(Collection<ConstraintDescriptor<?>> constraints, String where) {
    for (ConstraintDescriptor<?> constraint : constraints) {
      Annotation a = constraint.getAnnotation();
      if (!(a instanceof NotNull || a instanceof Valid)) {
        throw unsupported(a, where);
      }
    }
  }

  private static void standard(ObjectNode schema, Bounds bounds, ScalarKind kind, Annotation a,
      String where) {
    if (a instanceof NotNull || a instanceof Valid) {
      return;
    }
    if (kind != ScalarKind.TEXT) {
      if (!bounds.apply(a)) {
        throw unsupported(a, where);
      }
    } else if (a instanceof NotBlank) {
      schema.put("minLength", 1);
      schema.put("pattern", "\\S");
    } else if (a instanceof NotEmpty) {
      schema.put("minLength", 1);
    } else if (a instanceof Size size) {
      sizes(schema, "minLength", "maxLength", size);
    } else {
      throw unsupported(a, where);
    }
  }

  private static void sizes(ObjectNode schema, String min, String max, Size size) {
    if (size.min() > 0) {
      schema.put(min, size.min());
    }
    if (size.max() < Integer.MAX_VALUE) {
      schema.put(max, size.max());
    }
  }

  private static IllegalStateException unsupported(Annotation a, String where) {
    return new IllegalStateException("no JSON Schema keywords for @"
        + a.annotationType().getSimpleName() + " on " + where
        + ": map it in SchemaKeywords, or declare it in SchemaKeywords.DECLARED");
  }

  /** The tightest lower and upper bound of a number, each inclusive or exclusive. */
  private static final class Bounds {
    private BigDecimal lower;
    private boolean lowerExclusive;
    private BigDecimal upper;
    private boolean upperExclusive;

    private Bounds(BigDecimal lower, BigDecimal upper) {
      this.lower = lower;
      this.upper = upper;
    }

    static Bounds of(ScalarKind kind) {
      return switch (kind) {
        case INT -> new Bounds(BigDecimal.valueOf(Integer.MIN_VALUE),
            BigDecimal.valueOf(Integer.MAX_VALUE));
        case LONG -> new Bounds(BigDecimal.valueOf(Long.MIN_VALUE),
            BigDecimal.valueOf(Long.MAX_VALUE));
        default -> new Bounds(null, null);
      };
    }

    /** Tightens the bounds by {@code a}; false if {@code a} is not a bound. */
    boolean apply(Annotation a) {
      if (a instanceof Min min) {
        lower(BigDecimal.valueOf(min.value()), false);
      } else if (a instanceof Max max) {
        upper(BigDecimal.valueOf(max.value()), false);
      } else if (a instanceof DecimalMin min) {
        lower(new BigDecimal(min.value()), !min.inclusive());
      } else if (a instanceof DecimalMax max) {
        upper(new BigDecimal(max.value()), !max.inclusive());
      } else if (a instanceof Positive) {
        lower(BigDecimal.ZERO, true);
      } else if (a instanceof PositiveOrZero) {
        lower(BigDecimal.ZERO, false);
      } else if (a instanceof Negative) {
        upper(BigDecimal.ZERO, true);
      } else if (a instanceof NegativeOrZero) {
        upper(BigDecimal.ZERO, false);
      } else if (a instanceof Digits digits) {
        BigDecimal limit = BigDecimal.TEN.pow(digits.integer());
        lower(limit.negate(), true);
        upper(limit, true);
      } else {
        return false;
      }
      return true;
    }

    private void lower(BigDecimal value, boolean exclusive) {
      int c = lower == null ? 1 : value.compareTo(lower);
      if (c > 0 || c == 0 && exclusive) {
        lower = value;
        lowerExclusive = exclusive;
      }
    }

    private void upper(BigDecimal value, boolean exclusive) {
      int c = upper == null ? -1 : value.compareTo(upper);
      if (c < 0 || c == 0 && exclusive) {
        upper = value;
        upperExclusive = exclusive;
      }
    }

    void writeTo(ObjectNode schema) {
      if (lower != null) {
        schema.set(lowerExclusive ? "exclusiveMinimum" : "minimum", number(lower));
      }
      if (upper != null) {
        schema.set(upperExclusive ? "exclusiveMaximum" : "maximum", number(upper));
      }
    }

    private static JsonNode number(BigDecimal value) {
      BigDecimal plain = value.stripTrailingZeros();
      return plain.scale() <= 0 ? NODES.numberNode(plain.toBigIntegerExact())
          : NODES.numberNode(plain);
    }
  }
}
