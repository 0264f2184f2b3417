package io.github.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.spi.RuleInput;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The values the scorer builds by the hundred ({@link IndicatorScore}, {@link RuleInput}; an
 * explanation is core's {@code Message}, which checks itself) decide their completeness by hand before the generic look of {@code
 * Validation.required}. Here each required attribute of each is answered null in turn, and each
 * list or map given a null element, through a stand-in for a real value: its own check must
 * refuse it at that attribute's path, so an attribute the hand-written check forgets fails here.
 */
class HandCheckedValuesTest {

  private static final ScoreCard CARD = Scorer.standard()
      .score(BaiyunFixture.asEncoded(), Rulebooks.guangzhouDepartment2021());

  static Stream<Arguments> attributes() {
    IndicatorScore score = CARD.indicator("2.1.1").orElseThrow();  // 预算完成率 9.72, inputs given
    RuleInput input = RuleInput.builder().indicatorCode("2.1.1").indicatorName("预算完成率")
        .weight(new BigDecimal("10")).spec(BuiltInRules.proportional()).build();
    List<Arguments> cases = new ArrayList<>();
    for (Object[] typed : new Object[][] {{IndicatorScore.class, score},
        {RuleInput.class, input}}) {
      Class<?> type = (Class<?>) typed[0];
      for (Method m : type.getMethods()) {
        if (isAttribute(m)) {
          cases.add(Arguments.of(type.getSimpleName() + "." + m.getName(), type, typed[1], m));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attributes")
  void eachRequiredAttributeLeftOutOrHoldingNullIsRefusedAtItsPath(String name, Class<?> type,
      Object sample, Method attribute) throws Exception {
    String property = Character.toLowerCase(attribute.getName().charAt(3))
        + attribute.getName().substring(4);
    Object broken = broken(attribute.getReturnType());
    String expected = "$." + property
        + (List.class.isAssignableFrom(attribute.getReturnType()) ? "[0]" : "");

    InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
        () -> validate(standIn(type, sample, attribute, broken)));

    assertThat(refused).as("%s answering %s", name, broken).isNotNull();
    assertThat(refused.violations()).extracting(Violation::path).contains(expected);
  }

  /** Null for a single value; a list holding one null; a map with a null value. */
  private static Object broken(Class<?> returned) {
    if (List.class.isAssignableFrom(returned)) {
      List<Object> list = new ArrayList<>();
      list.add(null);
      return list;
    }
    if (Map.class.isAssignableFrom(returned)) {
      Map<String, Object> map = new HashMap<>();
      map.put("zh", null);
      return map;
    }
    return null;
  }

  private static boolean isAttribute(Method m) {
    return m.getName().startsWith("get") && m.getParameterCount() == 0
        && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != Optional.class
        && !m.getReturnType().isPrimitive()
        && (Modifier.isAbstract(m.getModifiers()) || isDefaultAttribute(m));
  }

  // RuleInput's rounding has a default, but a stand-in may still answer null for it.
  private static boolean isDefaultAttribute(Method m) {
    return m.isDefault() && m.getName().equals("getRounding");
  }

  private static Object standIn(Class<?> type, Object sample, Method nulled, Object answer) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals(nulled.getName()) && method.getParameterCount() == 0) {
        return answer;
      }
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      try {
        return method.invoke(sample, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static void validate(Object value) throws Throwable {
    Method validate = value.getClass().getMethod("validate");
    try {
      validate.invoke(value);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
