package io.github.jixiao.core.value;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.MessageBundles;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.PropertyDescriptor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Validates a domain value (校验): that every required attribute is set, every number within its
 * bound (integer digits and decimals, never expanding the number), then its Bean Validation
 * constraints through one shared validator, then the invariants that span its fields; throws
 * {@link InvalidValueException} listing everything, each a {@link Message} rendered in the
 * language asked for. A number beyond its bound is told alone: its other constraints and the
 * invariants are not asked.
 *
 * <p><b>Provider.</b> The validator is Bean Validation's default provider, found by the standard
 * bootstrap ({@code jakarta.validation.Validation.byDefaultProvider()}); Jixiao brings Hibernate
 * Validator (8.0 and 9.1 are tested) and configures it only through the standard API. On the
 * class path the bootstrap takes the first provider it finds; only Hibernate Validator is tested.
 * On the module path core's and rules' descriptors open their value packages to {@code
 * org.hibernate.validator} by name, so another provider there would need {@code --add-opens}.
 *
 * <p><b>Logging.</b> Using Jixiao prints nothing. Hibernate Validator announces its version
 * ({@code HV000001}) at INFO through JBoss Logging, which writes to the application's logging
 * when it finds one; when it would fall back to {@code java.util.logging}, whose default prints
 * INFO to standard error, the one logger {@code org.hibernate.validator.internal.util.Version}
 * is lowered to WARNING before the provider starts — unless the application set that logger's
 * level itself. No other logger is touched.
 */
public final class Validation {

  private Validation() {}

  /**
   * One validator for the whole library: building a factory per class is slow. It interpolates
   * nothing: a constraint's words are Jixiao's, keyed by the constraint's name ({@code
   * core.constraint.NotBlank}) and rendered from core's bundle in the language asked for, with
   * the constraint's attributes and the value found as arguments. The provider is the default
   * one the Bean Validation bootstrap finds (Hibernate Validator, which Jixiao depends on, unless
   * the application puts another first); the application's {@code META-INF/validation.xml} is
   * for its own validators and is not read here, so it cannot change what Jixiao accepts.
   */
  static final class Shared {
    static final Validator VALIDATOR = factory().getValidator();

    private static ValidatorFactory factory() {
      ValidatorBanner.quiet(); // before the provider starts, which is when it announces itself
      return jakarta.validation.Validation.byDefaultProvider()
          .configure()
          .ignoreXmlConfiguration()
          .messageInterpolator(new KeyOnly())
          .buildValidatorFactory();
    }
  }

  /** Leaves a template as it is: the words come later, from the bundle. */
  private static final class KeyOnly implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return template;
    }
  }

  /** Collects the violations of cross-field invariants (跨字段约束), each a {@link Message}. */
  public static final class Invariants {
    /**
     * The most violations of invariants kept for one value; the rest are counted ({@link
     * InvalidValueException#omitted()}), so that 200 000 duplicate codes do not make 200 000
     * messages.
     */
    public static final int KEPT = 1000;

    private final List<Violation> violations = new ArrayList<>();
    private long omitted;

    private boolean full() {
      return violations.size() >= KEPT;
    }

    /** Records a violation at {@code path} unless {@code holds}. */
    public Invariants require(boolean holds, String path, Message message) {
      if (!holds) {
        add(path, message);
      }
      return this;
    }

    /**
     * Records a violation at {@code path} unless {@code holds}, its message made only if needed.
     */
    public Invariants require(boolean holds, String path, Supplier<Message> message) {
      if (!holds) {
        add(path, message.get());
      }
      return this;
    }

    /** Records a violation at {@code path}. */
    public Invariants add(String path, Message message) {
      if (full()) {
        omitted++;
      } else {
        violations.add(new Violation(path, message));
      }
      return this;
    }

    /**
     * Records a violation for every element whose key was already seen.
     *
     * @param listPath the list's path, e.g. {@code "duties"}
     * @param keyName the key's property name, e.g. {@code "code"}
     */
    public <T> Invariants unique(Collection<T> elements, Function<T, String> key, String listPath,
        String keyName) {
      Set<String> seen = new HashSet<>();
      int i = 0;
      for (T element : elements) {
        String k = key.apply(element);
        boolean duplicate = !seen.add(k);
        if (duplicate && full()) {
          omitted++; // counted; its message is never built
        } else if (duplicate) {
          add(listPath + "[" + i + "]." + keyName, Message.of("core.value.duplicate",
              Argument.text("key", keyName), Argument.text("value", Echo.text(k)),
              Argument.text("list", JsonPaths.rooted(listPath))));
        }
        i++;
      }
      return this;
    }
  }

  /**
   * Validates {@code value} and throws if it has any violation: its {@linkplain RequiredAttributes
   * required attributes} not set, numbers beyond their bounds, constraints, and — once every
   * required attribute is set, as they read them — the invariants that span its fields.
   *
   * @param value the freshly built value
   * @param type the domain type's simple name for the message
   * @param invariants adds the violations of cross-field invariants
   * @throws InvalidValueException listing every violation
   */
  public static void check(Object value, String type, Consumer<Invariants> invariants) {
    List<Violation> missing = RequiredAttributes.missing(value);
    Set<String> notSet = new HashSet<>();
    for (Violation v : missing) {
      notSet.add(v.path());
    }
    List<Violation> found = NumberDoor.violations(value);
    long omitted = 0;
    if (found.isEmpty()) {
      // A constraint on an attribute not set (@NotNull, @NotBlank) would only say it again.
      for (Violation v : constraintViolations(Shared.VALIDATOR.validate(value))) {
        if (!notSet.contains(v.path())) {
          found.add(v);
        }
      }
      if (missing.isEmpty()) {
        Invariants extra = new Invariants();
        invariants.accept(extra);
        found.addAll(extra.violations);
        omitted = extra.omitted;
      }
    } else {
      // A number beyond its bound is told by the door alone: its other constraints are not
      // asked (they would format it), nor the invariants (they add and compare numbers).
      Set<String> beyond = new HashSet<>(notSet);
      found.forEach(v -> beyond.add(v.path()));
      for (PropertyDescriptor property : Shared.VALIDATOR.getConstraintsForClass(value.getClass())
          .getConstrainedProperties()) {
        if (!beyond.contains(JsonPaths.field(JsonPaths.ROOT, property.getPropertyName()))) {
          found.addAll(constraintViolations(
              Shared.VALIDATOR.validateProperty(value, property.getPropertyName())));
        }
      }
    }
    found.addAll(missing);
    if (!found.isEmpty()) {
      found.sort(null);
      throw new InvalidValueException(type, found, omitted);
    }
  }

  /** Validates {@code value}'s constraints only. */
  public static void check(Object value, String type) {
    check(value, type, i -> {});
  }

  /**
   * Checks only that every {@linkplain RequiredAttributes required attribute} of {@code value} is
   * set and no list holds a null: for the values the scorer builds by the thousand (results, not
   * documents), which carry no other constraint.
   *
   * @throws InvalidValueException listing every attribute not set
   */
  public static void required(Object value, String type) {
    List<Violation> missing = RequiredAttributes.missing(value);
    if (!missing.isEmpty()) {
      throw new InvalidValueException(type, missing);
    }
  }

  /**
   * Whether {@code c} holds a null element: for a value that decides the common case by hand
   * before {@link #required(Object, String)} words the problems (a value the scorer builds by the
   * hundred cannot afford the generic look each time).
   */
  public static boolean anyNull(Collection<?> c) {
    if (c == null) {
      return true;
    }
    if (c instanceof List<?> list && list instanceof RandomAccess) {
      for (int i = 0; i < list.size(); i++) {  // no iterator: this runs by the hundred
        if (list.get(i) == null) {
          return true;
        }
      }
      return false;
    }
    for (Object element : c) {
      if (element == null) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code m} holds a null key or value; see {@link #anyNull(Collection)}. */
  public static boolean anyNull(Map<?, ?> m) {
    if (m == null) {
      return true;
    }
    if (m.isEmpty()) {
      return false;
    }
    for (Map.Entry<?, ?> e : m.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) {
        return true;
      }
    }
    return false;
  }

  /** Whether two decimals are numerically equal, whatever their scale (3306.19 = 3306.190). */
  public static boolean same(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }

  private static List<Violation> constraintViolations(Set<ConstraintViolation<Object>> violations) {
    List<Violation> found = new ArrayList<>();
    for (ConstraintViolation<Object> v : violations) {
      found.add(new Violation(cleanPath(v.getPropertyPath().toString()), said(v)));
    }
    return found;
  }

  /**
   * A constraint's violation as a message: {@code core.constraint.} and the constraint's name,
   * with the value found ({@code actual}) and the constraint's bounds ({@code value}, {@code
   * integer}, {@code fraction}, {@code min}, {@code max}) as arguments.
   */
  private static Message said(ConstraintViolation<Object> v) {
    List<Argument> arguments = new ArrayList<>();
    arguments.add(Argument.text("actual", Echo.of(v.getInvalidValue())));
    for (Map.Entry<String, Object> a : v.getConstraintDescriptor().getAttributes().entrySet()) {
      Object bound = a.getValue();
      if (bound instanceof Number n) {
        arguments.add(Argument.number(a.getKey(), new BigDecimal(n.toString())));
      } else if (bound instanceof String text && !a.getKey().equals("message")) {
        arguments.add(Argument.text(a.getKey(), text));
      }
    }
    String constraint = v.getConstraintDescriptor().getAnnotation().annotationType()
        .getSimpleName();
    // @DecimalMin/@DecimalMax(inclusive = false): "greater than", not "greater than or equal".
    String exclusive = Boolean.FALSE.equals(v.getConstraintDescriptor().getAttributes()
        .get("inclusive")) ? ".exclusive" : "";
    Message said = Message.of("core.constraint." + constraint + exclusive,
        arguments.toArray(Argument[]::new));
    if (MessageBundles.hasWords(said, Locale.ROOT)) {
      return said;
    }
    // A constraint core has no words for (a user's own type validated here, @Pattern, @Email):
    // named, with the value found, rather than shown as a bare key.
    return Message.of("core.constraint.other", Argument.text("constraint", constraint),
        arguments.get(0));
  }

  // Hibernate Validator names container elements "duties[2].<list element>": keep the plain path.
  private static String cleanPath(String path) {
    return path.replace(".<list element>", "").replace("<list element>", "")
        .replace(".<iterable element>", "").replace(".<map value>", "")
        .replace("<map value>", "");
  }
}
