package io.github.jixiao.core.value;

import jakarta.validation.constraints.Digits;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The door every number of a domain value passes first (数值边界检查): each {@code BigDecimal}
 * accessor, plain or inside an {@code Optional}, is held to the {@code @Digits} of its constraint
 * ({@code @MoneyAmount}: 15 integer digits and 6 decimals; {@code @PointsValue}: 3 and 2;
 * {@code @MeasureValue}: 15 and 6) without expanding the number, before Bean Validation or any
 * invariant formats or adds it. An accessor without a declared bound is held to 15 and 6.
 *
 * <p>The accessors are found by reflection once per class, so an attribute added later is
 * checked without anyone remembering to.
 */
final class NumberDoor {

  /** The bound of a number with no {@code @Digits} of its own: that of a measured value. */
  private static final Digits DEFAULT = defaultDigits();

  /** One number attribute of a domain type: its property name, accessor and bound. */
  private record Attribute(String property, Method getter, boolean optional, int integer,
      int fraction) {}

  private static final ClassValue<List<Attribute>> ATTRIBUTES = new ClassValue<>() {
    @Override
    protected List<Attribute> computeValue(Class<?> type) {
      return attributes(type);
    }
  };

  private NumberDoor() {}

  /** A violation for every number of {@code value} beyond its bound, at its property path. */
  static List<Violation> violations(Object value) {
    List<Violation> found = new ArrayList<>();
    for (Attribute a : ATTRIBUTES.get(value.getClass())) {
      BigDecimal number = number(a, value);
      if (number != null && !Numbers.within(number, a.integer(), a.fraction())) {
        found.add(Numbers.beyond(a.property(), number, a.integer(), a.fraction()));
      }
    }
    return found;
  }

  private static BigDecimal number(Attribute a, Object value) {
    Object got;
    try {
      got = a.getter().invoke(value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + a.property(), e);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    if (a.optional()) {
      return got instanceof Optional<?> o && o.orElse(null) instanceof BigDecimal d ? d : null;
    }
    return got instanceof BigDecimal d ? d : null;
  }

  private static List<Attribute> attributes(Class<?> implementation) {
    List<Attribute> found = new ArrayList<>();
    for (Class<?> type : implementation.getInterfaces()) {
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() != 0 || !m.getName().startsWith("get")
            || m.getName().length() == 3 || isStatic(m)) {
          continue;
        }
        boolean plain = m.getReturnType() == BigDecimal.class;
        boolean optional = m.getReturnType() == Optional.class
            && m.getGenericReturnType() instanceof ParameterizedType p
            && p.getActualTypeArguments()[0] == BigDecimal.class;
        if (!plain && !optional) {
          continue;
        }
        AnnotatedType annotated = m.getAnnotatedReturnType();
        Digits digits = digits(m.getAnnotations());
        if (digits == null && annotated instanceof AnnotatedParameterizedType p) {
          digits = digits(p.getAnnotatedActualTypeArguments()[0].getAnnotations());
        }
        if (digits == null) {
          digits = DEFAULT;
        }
        String name = m.getName().substring(3);
        found.add(new Attribute(Character.toLowerCase(name.charAt(0)) + name.substring(1), m,
            optional, digits.integer(), digits.fraction()));
      }
    }
    found.sort(Comparator.comparing(Attribute::property));
    return List.copyOf(found);
  }

  private static boolean isStatic(Method m) {
    return java.lang.reflect.Modifier.isStatic(m.getModifiers());
  }

  /** The {@code @Digits} among {@code annotations}, itself or composing one of them. */
  static Digits digits(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof Digits d) {
        return d;
      }
      Digits composing = a.annotationType().getAnnotation(Digits.class);
      if (composing != null) {
        return composing;
      }
    }
    return null;
  }

  @Digits(integer = 15, fraction = 6)
  private static Digits defaultDigits() {
    try {
      return NumberDoor.class.getDeclaredMethod("defaultDigits").getAnnotation(Digits.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
