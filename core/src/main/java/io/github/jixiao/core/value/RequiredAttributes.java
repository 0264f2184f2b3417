package io.github.jixiao.core.value;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeSet;

/**
 * The required attributes (必填项) of a domain value, found from its type rather than from an
 * annotation someone must remember: every attribute that is not an {@code Optional}, a list or a
 * map must be set. A value built without one is refused with the others' violations, never by
 * Immutables' own English exception (Jixiao's style builds with {@code validationMethod = NONE}, so
 * that a missing attribute reaches the validation that lists every problem); a null element of a
 * list or a null value of a map is refused the same way.
 *
 * <p>An attribute with a default ({@code @Value.Default}) need not be given, but it cannot be set
 * to null either. A primitive attribute cannot say it was left out, so a value type has none
 * without a default: its required numbers are {@code Integer}s (a law of the domain's tests).
 */
public final class RequiredAttributes {

  /** One attribute of a value type: its name, accessor, and what kind of thing it holds. */
  private record Attribute(String name, MethodHandle getter, Holds holds) {}

  private enum Holds { ONE, OPTIONAL, ELEMENTS, ENTRIES, PRIMITIVE }

  /** By implementation class: the attributes it implements, by name. */
  private static final ClassValue<List<Attribute>> IMPLEMENTED = new ClassValue<>() {
    @Override
    protected List<Attribute> computeValue(Class<?> implementation) {
      return attributes(implementation);
    }
  };

  private RequiredAttributes() {}

  /**
   * The names of the attributes of {@code valueType} that a document or a builder must give:
   * those without a default that are neither {@code Optional}s nor lists nor maps, e.g. {@code
   * fullYear} and {@code executed} of a {@code Budget}, sorted by name. {@code valueType} is the
   * public type ({@code Budget}) or its implementation.
   */
  public static Set<String> of(Class<?> valueType) {
    Set<String> names = new TreeSet<>();
    for (Class<?> type : abstractTypes(valueType)) {
      for (Method m : type.getMethods()) {
        String name = accessorName(m);
        if (name != null && Modifier.isAbstract(m.getModifiers())
            && holds(m.getReturnType()) == Holds.ONE) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /**
   * A violation for every attribute of the freshly built {@code value} that is not set, every null
   * element of its lists and null value of its maps, at its path, in English and Chinese.
   */
  static List<Violation> missing(Object value) {
    // Runs for every value built, results by the thousand among them: nothing is allocated
    // unless something is missing.
    List<Violation> found = null;
    for (Attribute a : IMPLEMENTED.get(value.getClass())) {
      Object got = read(a, value);
      if (got == null) {
        found = add(found, notSet(a.name()));
      } else if (a.holds() == Holds.ELEMENTS && got instanceof List<?> list
          && list instanceof RandomAccess) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) == null) {
            found = add(found, nullElement(a.name() + "[" + i + "]"));
          }
        }
      } else if (a.holds() == Holds.ELEMENTS) {
        int i = 0;
        for (Object element : (Collection<?>) got) {
          if (element == null) {
            found = add(found, nullElement(a.name() + "[" + i + "]"));
          }
          i++;
        }
      } else if (a.holds() == Holds.ENTRIES && Validation.anyNull((Map<?, ?>) got)) {
        found = add(found, nullElement(a.name()));
      }
    }
    return found == null ? List.of() : found;
  }

  private static List<Violation> add(List<Violation> found, Violation v) {
    List<Violation> list = found == null ? new ArrayList<>() : found;
    list.add(v);
    return list;
  }

  /** The violation of a required attribute {@code path} left out. */
  static Violation notSet(String path) {
    return new Violation(path, Message.of("core.value.required"));
  }

  private static Violation nullElement(String path) {
    return new Violation(path, Message.of("core.value.null-element"));
  }

  private static Object read(Attribute a, Object value) {
    try {
      return a.getter().invokeExact(value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + a.name(), e);
    }
  }

  /** The attributes {@code implementation} implements: the accessors of its value type it declares. */
  private static List<Attribute> attributes(Class<?> implementation) {
    List<Attribute> found = new ArrayList<>();
    for (Class<?> type : abstractTypes(implementation)) {
      for (Method m : type.getMethods()) {
        String name = accessorName(m);
        if (name == null || !implementedBy(implementation, m)) {
          continue;
        }
        Holds holds = holds(m.getReturnType());
        if (holds != Holds.OPTIONAL && holds != Holds.PRIMITIVE) {
          found.add(new Attribute(name, handle(m), holds));
        }
      }
    }
    found.sort(Comparator.comparing(Attribute::name));
    return List.copyOf(found);
  }

  /** {@code accessor} as {@code (Object) -> Object}, so that reading it allocates nothing. */
  private static MethodHandle handle(Method accessor) {
    try {
      return MethodHandles.publicLookup().unreflect(accessor)
          .asType(MethodType.methodType(Object.class, Object.class));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  /** The value type itself if abstract, else the interfaces it implements. */
  private static List<Class<?>> abstractTypes(Class<?> type) {
    return type.isInterface() ? List.of(type) : List.of(type.getInterfaces());
  }

  private static boolean implementedBy(Class<?> implementation, Method accessor) {
    if (implementation.isInterface()) {
      return Modifier.isAbstract(accessor.getModifiers());
    }
    try {
      Method own = implementation.getMethod(accessor.getName());
      return !own.getDeclaringClass().isInterface();
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** {@code fullYear} for {@code getFullYear()}, {@code open} for {@code isOpen()}; else null. */
  private static String accessorName(Method m) {
    if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
        || m.getReturnType() == void.class) {
      return null;
    }
    String n = m.getName();
    int prefix = n.startsWith("get") ? 3 : n.startsWith("is") ? 2 : 0;
    if (prefix == 0 || n.length() == prefix || !Character.isUpperCase(n.charAt(prefix))) {
      return null;
    }
    return Character.toLowerCase(n.charAt(prefix)) + n.substring(prefix + 1);
  }

  private static Holds holds(Class<?> type) {
    if (type.isPrimitive()) {
      return Holds.PRIMITIVE;
    }
    if (type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
        || type == OptionalDouble.class) {
      return Holds.OPTIONAL;
    }
    if (Collection.class.isAssignableFrom(type)) {
      return Holds.ELEMENTS;
    }
    return Map.class.isAssignableFrom(type) ? Holds.ENTRIES : Holds.ONE;
  }
}
