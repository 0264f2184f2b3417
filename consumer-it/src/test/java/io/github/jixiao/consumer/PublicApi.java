package io.github.jixiao.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The public API of one Jixiao artifact (公开接口), as a user compiles against it: every public
 * type outside the {@code internal} packages, with its kind, supertypes and public or protected
 * members, one line each, sorted — so that two versions compare line by line.
 */
final class PublicApi {

  private PublicApi() {}

  /** The lines of the artifact whose classes hold {@code anchor}. */
  static List<String> of(Class<?> anchor) {
    List<String> lines = new ArrayList<>();
    for (Class<?> type : types(anchor)) {
      String name = type.getName();
      lines.add(name + " : " + kind(type) + supertypes(type));
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers())) {
          lines.add(name + " # new(" + params(c.getGenericParameterTypes()) + ")");
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          lines.add(name + " # " + (Modifier.isStatic(m.getModifiers()) ? "static " : "")
              + m.getGenericReturnType().getTypeName() + " " + m.getName() + "("
              + params(m.getGenericParameterTypes()) + ")");
        }
      }
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers()) && !f.isSynthetic()) {
          lines.add(name + " # field " + f.getGenericType().getTypeName() + " " + f.getName());
        }
      }
    }
    Collections.sort(lines);
    return lines;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String kind(Class<?> type) {
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface"
        : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
    int m = type.getModifiers();
    if (!type.isInterface() && !type.isEnum() && Modifier.isAbstract(m)) {
      kind = "abstract " + kind;
    }
    if (!type.isEnum() && !type.isRecord() && Modifier.isFinal(m)) {
      kind = "final " + kind;
    }
    return kind;
  }

  private static String supertypes(Class<?> type) {
    List<String> all = new ArrayList<>();
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum()
        && !type.isRecord()) {
      all.add(superclass.getTypeName());
    }
    Arrays.stream(type.getGenericInterfaces()).map(Type::getTypeName).sorted().forEach(all::add);
    return all.isEmpty() ? "" : " < " + String.join(", ", all);
  }

  private static String params(Type[] types) {
    return Arrays.stream(types).map(Type::getTypeName).collect(Collectors.joining(", "));
  }

  /** The public types of the jar (or class directory) {@code anchor} was loaded from. */
  private static List<Class<?>> types(Class<?> anchor) {
    Path where;
    try {
      where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> names = new ArrayList<>();
    if (where.toString().endsWith(".jar")) {
      try (JarFile jar = new JarFile(where.toFile())) {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
          names.add(e.nextElement().getName());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      try (var files = java.nio.file.Files.walk(where)) {
        files.map(p -> where.relativize(p).toString().replace('\\', '/')).forEach(names::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<Class<?>> types = new ArrayList<>();
    for (String entry : names) {
      if (!entry.endsWith(".class") || entry.contains("-info") || entry.contains("/internal/")
          || entry.startsWith("META-INF/")) {
        continue;
      }
      String className = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
      Class<?> type;
      try {
        type = Class.forName(className, false, anchor.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("cannot load " + className, e);
      }
      if (visibleType(type)) {
        types.add(type);
      }
    }
    return types;
  }

  /** Public, and every enclosing type public too: what a user's code can name. */
  private static boolean visibleType(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()
          || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }
}
