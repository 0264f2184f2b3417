package io.github.jixiao.core;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;

import jakarta.validation.constraints.Digits;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number attribute of every domain value, found by reflection (so one added later is held
 * too): it declares its bound, is normalised to a scale of at least 0 (33E+2 → 3300), and a number
 * beyond its bound ({@code 1E+999999999}, {@code 1E-999999999}) is refused at its path at once,
 * in a short message.
 */
class NumberAttributesTest {

  /** A valid value of each domain type that has a number attribute, to change one number of. */
  private static final Map<Class<?>, Object> SAMPLES = Map.ofEntries(
      Map.entry(Budget.class, BaiyunSeed.budget()),
      Map.entry(BudgetLine.class, BudgetLine.of(d("1306.19"), d("1222.37"))),
      Map.entry(CarryOver.class, CarryOver.builder().atStart(d("120.5")).atEnd(d("93.82")).build()),
      Map.entry(Payment.class,
          Payment.builder().period("春节前").planned(d("50")).paid(d("40")).build()),
      Map.entry(Project.class, Project.builder().code("congress").name("区人大会议项目")
          .budget(d("100")).executed(d("90")).build()),
      Map.entry(Indicator.class, Indicator.builder().code("2.1.3").name("预算完成率").level(1)
          .weight(d("10")).kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
          .target(d("100")).unit("%").build()),
      Map.entry(IndicatorEntry.class, IndicatorEntry.builder().indicatorCode("2.1.3")
          .actual(d("97.16")).claimedScore(d("9.72")).build()),
      Map.entry(FundingLine.class, FundingLine.builder().source(FundingSource.CURRENT_APPROPRIATION)
          .initial(d("90")).fullYear(d("89.974")).executed(d("89.974")).build()),
      Map.entry(Deduction.class, Deduction.builder().indicatorCode("2.1.3").points(d("2"))
          .reason("项目资金支出进度分配不均").build()),
      Map.entry(StatedFigure.class, StatedFigure.builder().code("problems-solved")
          .name("群众反映问题解决率").kind(FigureKind.RATE).statedValue(d("92"))
          .numerator(d("169")).denominator(d("184")).build()),
      Map.entry(ThreePublicExpenses.class, ThreePublicExpenses.builder()
          .overseasTrips(BudgetLine.of(d("0"), d("0")))
          .vehicles(BudgetLine.of(d("12.5"), d("11.2")))
          .hospitality(BudgetLine.of(d("3"), d("2.45"))).previousYearBudget(d("16")).build()),
      Map.entry(ReviewEntry.class, ReviewEntry.builder().indicatorCode("2.1.1").actual(d("6"))
          .score(d("22")).deduction(d("3")).deductionPercent(d("12")).build()),
      Map.entry(Review.class, Review.builder().evaluation(ReviewedEvaluation.builder()
          .departmentCode("baiyun-rd-sc-office").fiscalYear(2021).build()).total(d("86.5"))
          .build()),
      Map.entry(DeclaredIndicator.class, DeclarationValueCases.trained().weight(d("20")).build()),
      Map.entry(TargetDeclaration.class, DeclarationValueCases.declaration().build()),
      Map.entry(MonitoringEntry.class, MonitoringEntry.builder().code("2.1.1").name("预算完成率")
          .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST).target(d("100"))
          .current(d("45")).build()),
      Map.entry(MonitoringAdjustment.class, MonitoringAdjustment.builder().target(d("90"))
          .reason("会议推迟至下半年召开").build()),
      Map.entry(SelfEvaluation.class, SelfEvaluation.builder()
          .kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(2021)
          .department(BaiyunSeed.department()).budget(BaiyunSeed.budget())
          .claimedTotal(d("94")).build()));

  /** One number attribute: its type, property name and accessor. */
  record Attribute(Class<?> type, String property, Method getter) {
    @Override
    public String toString() {
      return type.getSimpleName() + "." + property;
    }
  }

  static Stream<Attribute> attributes() throws Exception {
    List<Attribute> found = new ArrayList<>();
    for (Class<?> type : valueTypes()) {
      for (Method m : type.getMethods()) {
        if (m.getParameterCount() == 0 && m.getName().startsWith("get")
            && !Modifier.isStatic(m.getModifiers()) && isNumber(m)) {
          String name = m.getName().substring(3);
          found.add(new Attribute(type,
              Character.toLowerCase(name.charAt(0)) + name.substring(1), m));
        }
      }
    }
    return found.stream();
  }

  @Test
  void theEnumerationSeesTheNumbersOfEveryValueAndEveryValueWithNumbersHasASample()
      throws Exception {
    List<String> seen = attributes().map(Attribute::toString).toList();
    assertThat(seen).contains("Budget.fullYear", "Budget.initial", "Budget.adjustments",
        "BudgetLine.budget", "Indicator.weight", "Indicator.target", "IndicatorEntry.claimedScore",
        "StatedFigure.denominator", "ThreePublicExpenses.previousYearBudget",
        "SelfEvaluation.claimedTotal", "IndicatorEntry.coefficient", "Budget.fundsInPlace",
        "IndicatorEntry.deduction", "FundingLine.fullYear", "Indicator.initialTarget",
        "ReviewEntry.score", "ReviewEntry.deductionPercent", "Review.total",
        "DeclaredIndicator.target", "DeclaredIndicator.weight", "TargetDeclaration.requested",
        "MonitoringEntry.current", "MonitoringAdjustment.target").hasSize(40);
    assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(
        attributes().map(Attribute::type).distinct().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attributes")
  void everyNumberDeclaresItsBound(Attribute a) {
    assertThat(digits(a.getter())).as("the @Digits (or a constraint composed of it) of %s", a)
        .isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attributes")
  void aNegativeScaleBecomesScaleZeroAndTheValueEqualsTheOneBuiltFromScaleZero(Attribute a)
      throws Throwable {
    BigDecimal thirtyEPlusOne = new BigDecimal(BigInteger.valueOf(3), -1); // 3E+1, i.e. 30

    Object normalised = with(a, thirtyEPlusOne);
    Object plain = with(a, new BigDecimal("30"));

    BigDecimal held = number(a, normalised);
    assertThat(held.unscaledValue()).isEqualTo(BigInteger.valueOf(30));
    assertThat(held.scale()).isZero();
    assertThat(normalised).isEqualTo(plain).hasSameHashCodeAs(plain);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attributes")
  void aNumberFarBeyondItsBoundIsRefusedAtItsPathAtOnce(Attribute a) {
    Digits bound = digits(a.getter());
    for (String huge : List.of("1e999999999", "1e-999999999", "-1e300000000")) {
      assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
          assertThatThrownBy(() -> with(a, new BigDecimal(huge)))
              .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                assertThat(e.type()).isEqualTo(a.type().getSimpleName());
                assertThat(e.violations()).singleElement().satisfies(v -> {
                  assertThat(v.path()).isEqualTo("$." + a.property());
                  assertThat(v.message(Locale.ENGLISH)).isEqualTo("must have at most " + bound.integer()
                      + " integer digits and " + bound.fraction() + " decimals (was "
                      + new BigDecimal(huge) + ")");
                  assertThat(v.message(Locale.CHINESE)).startsWith("整数部分最多 " + bound.integer() + " 位");
                });
                assertThat(e.getMessage()).hasSizeLessThan(200);
              }), huge);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attributes")
  void aNumberOfAHundredThousandDigitsIsShownByItsMagnitude(Attribute a) {
    BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(100_000).subtract(BigInteger.ONE));
    assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
        assertThatThrownBy(() -> with(a, huge))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> {
              assertThat(e.violations()).extracting(Violation::path)
                  .containsExactly("$." + a.property());
              assertThat(e.getMessage()).contains("(was ~1E+9999").hasSizeLessThan(200);
            }));
  }

  // ---- reflection

  /** {@code a}'s sample with {@code a} set to {@code number}, through the generated copy. */
  private static Object with(Attribute a, BigDecimal number) throws Throwable {
    Object sample = SAMPLES.get(a.type());
    String property = a.property();
    Method with = sample.getClass().getMethod(
        "with" + Character.toUpperCase(property.charAt(0)) + property.substring(1),
        BigDecimal.class);
    try {
      return with.invoke(sample, number);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static BigDecimal number(Attribute a, Object value) throws Exception {
    Object got = a.getter().invoke(value);
    return got instanceof Optional<?> o ? (BigDecimal) o.orElseThrow() : (BigDecimal) got;
  }

  private static boolean isNumber(Method m) {
    return m.getReturnType() == BigDecimal.class || m.getReturnType() == Optional.class
        && m.getGenericReturnType() instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] == BigDecimal.class;
  }

  private static Digits digits(Method m) {
    List<Annotation> annotations = new ArrayList<>(List.of(m.getAnnotations()));
    if (m.getAnnotatedReturnType() instanceof AnnotatedParameterizedType p) {
      annotations.addAll(List.of(p.getAnnotatedActualTypeArguments()[0].getAnnotations()));
    }
    for (Annotation an : annotations) {
      Digits d = an instanceof Digits direct ? direct
          : an.annotationType().getAnnotation(Digits.class);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** Every domain value type of core: the interfaces Immutables implemented in this package. */
  private static List<Class<?>> valueTypes() throws Exception {
    Path classes =
        Path.of(Budget.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path pkg = classes.resolve(Budget.class.getPackageName().replace('.', '/'));
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(pkg)) {
      for (String file : files.map(p -> p.getFileName().toString()).sorted().toList()) {
        if (file.startsWith("Immutable") && file.endsWith(".class") && !file.contains("$")) {
          types.add(Class.forName(Budget.class.getPackageName() + "."
              + file.substring("Immutable".length(), file.length() - ".class".length())));
        }
      }
    }
    return types;
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
