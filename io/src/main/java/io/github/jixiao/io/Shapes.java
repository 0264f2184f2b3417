package io.github.jixiao.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.github.jixiao.core.Amount;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.Points;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.RequiredAttributes;
import io.github.jixiao.io.Shape.Field;
import io.github.jixiao.io.Shape.ScalarKind;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Derives the {@link Shape} (结构) of a type from Jackson's own view of it, so that the strict check and
 * the binding cannot disagree: an Immutables value is read through its delegating creator's
 * {@code Json} class, whose setters name every field, its type, and whether it is required.
 */
final class Shapes {

  private final ObjectMapper mapper;
  private final Map<JavaType, Shape> cache = new ConcurrentHashMap<>();

  /** Shapes as {@code mapper} binds them. */
  public Shapes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The shape of {@code type}. */
  public Shape of(Class<?> type) {
    return of(mapper.constructType(type));
  }

  /** The shape of {@code type}. */
  public Shape of(JavaType type) {
    // A plain get first: the shape is almost always there, and this runs for every value read.
    Shape known = cache.get(type);
    return known != null ? known : cache.computeIfAbsent(type, this::derive);
  }

  private Shape derive(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (type.isReferenceType() && raw == Optional.class) {
      return new Shape.OptionalOf(type.getContentType());
    }
    if (type.isCollectionLikeType() && Collection.class.isAssignableFrom(raw)) {
      return new Shape.ListOf(type.getContentType());
    }
    if (type.isMapLikeType() && type.getKeyType().getRawClass() == String.class) {
      return new Shape.MapOf(type.getContentType());
    }
    if (raw.isEnum()) {
      return enumeration(raw);
    }
    if (raw == String.class) {
      return new Shape.Scalar(ScalarKind.TEXT);
    }
    if (raw == BigDecimal.class || raw == Points.class || raw == Percentage.class) {
      return new Shape.Scalar(ScalarKind.DECIMAL);
    }
    if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
      return new Shape.Scalar(ScalarKind.INT);
    }
    if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
      return new Shape.Scalar(ScalarKind.LONG);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return new Shape.Scalar(ScalarKind.BOOLEAN);
    }
    if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class) {
      return new Shape.Scalar(ScalarKind.ANY);
    }
    if (raw == Amount.class) {
      Map<String, Field> fields = new LinkedHashMap<>();
      fields.put("value", new Field("value", mapper.constructType(BigDecimal.class), true));
      fields.put("unit", new Field("unit", mapper.constructType(MoneyUnit.class), true));
      return new Shape.ObjectShape("Amount", fields);
    }
    if (raw == Message.class) {
      // The binding's fields, and beside them the rendering written with every message.
      Shape.ObjectShape bound = object(type);
      Map<String, Field> fields = new LinkedHashMap<>(bound.fields());
      fields.put(MessageJson.RENDERED, new Field(MessageJson.RENDERED, mapper.getTypeFactory()
          .constructMapType(Map.class, String.class, String.class), false));
      return new Shape.ObjectShape(bound.typeName(), Collections.unmodifiableMap(fields));
    }
    return object(type);
  }

  private Shape.ObjectShape object(JavaType type) {
    Class<?> raw = type.getRawClass();
    JsonDeserialize binding = raw.getAnnotation(JsonDeserialize.class);
    Class<?> target = binding != null && binding.as() != Void.class ? binding.as() : raw;
    Class<?> read = delegate(target).orElse(target);
    BeanDescription description =
        mapper.getDeserializationConfig().introspect(mapper.constructType(read));
    // By name: the order of reflection's methods may change from one run to the next, and the
    // fields a message lists, or the order of missing-field problems, must not.
    Map<String, Field> fields = new TreeMap<>();
    // Required as core says (what is neither optional, nor a list, nor defaulted): the domain's
    // builders check nothing themselves, so Jackson's view does not know.
    Set<String> required = RequiredAttributes.of(raw);
    for (BeanPropertyDefinition property : description.findProperties()) {
      boolean needed = property.isRequired() || required.contains(property.getName());
      if (property.getSetter() != null) {
        fields.put(property.getName(), new Field(property.getName(),
            property.getSetter().getParameterType(0), needed));
      } else if (property.getConstructorParameter() != null) {
        fields.put(property.getName(), new Field(property.getName(),
            property.getConstructorParameter().getType(), needed));
      }
    }
    return new Shape.ObjectShape(raw.getSimpleName(), Collections.unmodifiableMap(
        new LinkedHashMap<>(fields)));
  }

  /** The type a delegating {@code @JsonCreator} of {@code target} reads, if it has one. */
  private static Optional<Class<?>> delegate(Class<?> target) {
    for (Method m : target.getDeclaredMethods()) {
      JsonCreator creator = m.getAnnotation(JsonCreator.class);
      if (creator != null && Modifier.isStatic(m.getModifiers())
          && creator.mode() == JsonCreator.Mode.DELEGATING && m.getParameterCount() == 1) {
        return Optional.of(m.getParameterTypes()[0]);
      }
    }
    return Optional.empty();
  }

  private static Shape.Enumeration enumeration(Class<?> type) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
        .toList();
    Map<String, String> byLabel = new LinkedHashMap<>();
    try {
      Method label = type.getMethod("label");
      for (Object constant : type.getEnumConstants()) {
        Object text = label.invoke(constant);
        if (text instanceof String s) {
          byLabel.putIfAbsent(s, ((Enum<?>) constant).name());
        }
      }
    } catch (ReflectiveOperationException e) {
      // No Chinese labels on this enum: suggestions come from the names alone.
    }
    return new Shape.Enumeration(type, names, byLabel);
  }
}
