package io.github.jixiao.core;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when a domain value cannot be built because it is invalid (值不合法): it lists every
 * {@link Violation} found, Bean Validation constraints and cross-field invariants alike, in a
 * stable order (by path, then message).
 */
public final class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The most violations {@link #getMessage()} names. */
  public static final int MOST_IN_MESSAGE = 20;

  private final String type;
  private final transient List<Violation> violations;

  /**
   * Creates the exception for a value of the given type.
   *
   * @param type the simple name of the domain type, e.g. {@code "Budget"}
   * @param violations every violation found; at least one
   */
  public InvalidValueException(String type, List<Violation> violations) {
    super(type);
    this.type = type;
    this.violations = List.copyOf(violations);
  }

  /** The simple name of the domain type that could not be built, e.g. {@code "Budget"}. */
  public String type() {
    return type;
  }

  /** Every violation, sorted by path then message. */
  public List<Violation> violations() {
    return violations;
  }

  /** Every violation on one line each, {@code path: message}, in the given language. */
  public String describe(Locale locale) {
    return violations.stream().map(v -> v.toString(locale)).collect(Collectors.joining("\n"));
  }

  /**
   * {@code Invalid Budget (2 problems): path: message; …}, naming at most the first {@value
   * #MOST_IN_MESSAGE} violations and counting the rest ({@code ; and 199979 more}), so that a value
   * with very many violations does not make a message of millions of characters; {@link
   * #violations()} and {@link #describe(Locale)} hold them all.
   */
  @Override
  public String getMessage() {
    if (violations == null) {
      // deserialized: the violations are transient
      return "Invalid " + type;
    }
    int shown = Math.min(violations.size(), MOST_IN_MESSAGE);
    String listed = violations.subList(0, shown).stream().map(Violation::toString)
        .collect(Collectors.joining("; "));
    int more = violations.size() - shown;
    return "Invalid " + type + " (" + violations.size()
        + (violations.size() == 1 ? " problem" : " problems") + "): " + listed
        + (more > 0 ? "; and " + more + " more" : "");
  }
}
