package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.RequiredAttributes;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.GradeBand;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.Locale;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws every public value type (值对象) of core and rules keeps, found by reflection so that a
 * type or an attribute added later is held to them without anyone remembering: it can be derived
 * (public {@code with…} on the type, {@code builder().from(value)}), and a required attribute left
 * out is a violation listed by {@code build()}, never Immutables' own exception.
 */
class DerivableValuesTest {

  static Stream<Named<Class<?>>> valueTypes() throws IOException, URISyntaxException {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> anchor : List.of(Budget.class, Rulebook.class)) {
      for (String name : classNames(anchor)) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        // core.message's Message and Argument are not domain values: that package depends on
        // nothing else in Jixiao, so its builders refuse with an IllegalArgumentException.
        if (simple.startsWith("Immutable") && !name.contains("$") && !name.contains(".internal")
            && !name.contains(".core.message.")) {
          types.add(load(name.substring(0, name.lastIndexOf('.') + 1)
              + simple.substring("Immutable".length())));
        }
      }
    }
    return types.stream().map(t -> Named.of(t.getSimpleName(), t));
  }

  @Test
  void theEnumerationSeesTheValueTypesOfBothModules() throws Exception {
    assertThat(valueTypes().map(Named::getPayload).map(Class::getSimpleName))
        .contains("Budget", "SelfEvaluation", "IndicatorEntry", "Rulebook", "RulebookIndicator",
            "ScoreCard", "Band", "Finding", "FormulaResult")
        // 38 before rules.explanation's Explanation and Argument became core.message's Message
        // and Argument (issue 13), which are not domain values (see valueTypes)
        .hasSizeGreaterThanOrEqualTo(36);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void isPublicWithAPublicWithMethodForEveryAttribute(Class<?> type) {
    assertThat(Modifier.isPublic(type.getModifiers())).as("public").isTrue();
    assertThat(type.getInterfaces()).extracting(Class::getSimpleName)
        .as("%s extends its generated With%s", type.getSimpleName(), type.getSimpleName())
        .contains("With" + type.getSimpleName());
    for (String attribute : attributes(type)) {
      String with = "with" + Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
      assertThat(Stream.of(type.getMethods()).filter(m -> m.getName().equals(with)
              && m.getParameterCount() == 1 && m.getReturnType() == type))
          .as("%s.%s", type.getSimpleName(), with).isNotEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void hasABuilderSeededFromAValue(Class<?> type) throws Exception {
    Method builder = type.getMethod("builder");
    assertThat(Modifier.isStatic(builder.getModifiers())).isTrue();
    assertThat(builder.getReturnType().getMethod("from", type).getReturnType())
        .isAssignableTo(builder.getReturnType().getSuperclass());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void hasNoPrimitiveAttributeThatCouldBeLeftOutUnseen(Class<?> type) {
    for (Method m : type.getMethods()) {
      if (accessor(m) && Modifier.isAbstract(m.getModifiers())) {
        assertThat(m.getReturnType().isPrimitive())
            .as("%s.%s() is primitive: left out it would be 0 or false; make it an Integer or"
                + " Boolean, or give it a default", type.getSimpleName(), m.getName())
            .isFalse();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valueTypes")
  void buildingWithNothingSetListsEveryRequiredAttributeAsAViolation(Class<?> type)
      throws Exception {
    Set<String> required = required(type);
    Object builder = type.getMethod("builder").invoke(null);
    Method build = builder.getClass().getMethod("build");
    Set<String> notSet = new TreeSet<>();
    try {
      build.invoke(builder);
    } catch (InvocationTargetException e) {
      assertThat(e.getCause()).as("what build() throws").isInstanceOf(InvalidValueException.class);
      for (Violation v : ((InvalidValueException) e.getCause()).violations()) {
        if (v.message(Locale.ENGLISH).equals("is required but was not set")) {
          assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("为必填项，但未设置");
          assertThat(v.path()).as("a rooted path").startsWith("$.");
          notSet.add(v.path().substring(2));  // $.executed names the attribute executed
        }
      }
    }
    assertThat(notSet).as("the attributes %s lists as not set", type.getSimpleName())
        .isEqualTo(required);
    assertThat(RequiredAttributes.of(type)).as("what jixiao-io is told is required")
        .isEqualTo(required);
  }

  @Test
  void theBandsWhoseLowerBoundIsNamedFromAreSeededFromEveryAttribute() {
    Band band = Band.openClosed(new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("4"));
    assertThat(Band.builder().from(band).build()).isEqualTo(band);
    assertThat(Band.builder().from(band).to(Optional.empty()).build())
        .isEqualTo(band.withTo(Optional.empty()));
    GradeBand good = GradeBand.of(new BigDecimal("80"), Grade.GOOD);
    assertThat(GradeBand.builder().from(good).build()).isEqualTo(good);
  }

  @Test
  void aNullInAListIsAViolationAtItsIndex() {
    assertThatThrownBy(() -> Rulebook.builder().from(io.github.jixiao.rules.Rulebooks
        .guangzhouDepartment2021()).addIndicator(null).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).singleElement().satisfies(v -> {
              assertThat(v.path()).isEqualTo("$.indicators[13]");
              assertThat(v.message(Locale.ENGLISH))
                  .isEqualTo("cannot be null: leave it out or give a value");
              assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("不能为空值：请删去或给出一个值");
            }));
  }

  /** Abstract accessors that are neither optional nor lists nor maps: what must be given. */
  private static Set<String> required(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method m : type.getMethods()) {
      Class<?> r = m.getReturnType();
      if (accessor(m) && Modifier.isAbstract(m.getModifiers()) && r != Optional.class
          && !Collection.class.isAssignableFrom(r) && !Map.class.isAssignableFrom(r)) {
        names.add(property(m));
      }
    }
    return names;
  }

  /** Every attribute: the accessors the implementation declares. */
  private static Set<String> attributes(Class<?> type) {
    Class<?> implementation = load(type.getPackageName() + ".Immutable" + type.getSimpleName());
    Set<String> names = new TreeSet<>();
    for (Method m : type.getMethods()) {
      if (accessor(m) && Stream.of(implementation.getDeclaredMethods())
          .anyMatch(d -> d.getName().equals(m.getName()) && d.getParameterCount() == 0)) {
        names.add(property(m));
      }
    }
    return names;
  }

  private static boolean accessor(Method m) {
    String n = m.getName();
    return m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
        && ((n.startsWith("get") && n.length() > 3) || (n.startsWith("is") && n.length() > 2));
  }

  private static String property(Method m) {
    String n = m.getName().substring(m.getName().startsWith("get") ? 3 : 2);
    return Character.toLowerCase(n.charAt(0)) + n.substring(1);
  }

  private static List<String> classNames(Class<?> anchor) throws IOException, URISyntaxException {
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.map(p -> location.relativize(p).toString().replace('\\', '/'))
            .filter(p -> p.endsWith(".class"))
            .forEach(p -> names.add(p.substring(0, p.length() - 6).replace('/', '.')));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(e -> e.getName()).filter(p -> p.endsWith(".class"))
            .forEach(p -> names.add(p.substring(0, p.length() - 6).replace('/', '.')));
      }
    }
    return names;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no class " + name, e);
    }
  }
}
