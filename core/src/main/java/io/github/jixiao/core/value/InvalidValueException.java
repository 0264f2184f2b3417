package io.github.jixiao.core.value;

import java.util.List;
import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.Argument;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when a domain value cannot be built because it is invalid (值不合法): it lists every
 * {@link Violation} found, Bean Validation constraints and cross-field invariants alike, each at
 * its JSON path from the value built ({@code $.fullYear}), in a stable order (by path, then
 * message). The violations survive Java serialization.
 */
public final class InvalidValueException extends JixiaoException {

  private static final long serialVersionUID = 1L;

  /** The most violations {@link #getMessage()} names. */
  public static final int MOST_IN_MESSAGE = 20;

  private final String type;
  private final long omitted;
  private final List<Violation> violations;

  /**
   * Creates the exception for a value of the given type.
   *
   * @param type the simple name of the domain type, e.g. {@code "Budget"}
   * @param violations every violation found; at least one
   */
  public InvalidValueException(String type, List<Violation> violations) {
    this(type, violations, 0);
  }

  /**
   * Creates the exception for a value of the given type of which only the first violations were
   * kept.
   *
   * @param type the simple name of the domain type, e.g. {@code "Budget"}
   * @param violations the violations kept; at least one
   * @param omitted how many more were found and only counted (0 or more)
   */
  public InvalidValueException(String type, List<Violation> violations, long omitted) {
    super(Message.of("core.value.invalid", Argument.text("type", type)));
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must be 0 or more, was " + omitted);
    }
    this.type = type;
    this.violations = List.copyOf(violations);
    this.omitted = omitted;
  }

  /** The simple name of the domain type that could not be built, e.g. {@code "Budget"}. */
  public String type() {
    return type;
  }

  /**
   * The violations kept, sorted by path then message: every one, unless a value had more
   * violations of its invariants than 1 000, when the rest
   * are only {@linkplain #omitted() counted}.
   */
  public List<Violation> violations() {
    return violations;
  }

  /** How many violations were found beyond those kept (0 unless there were more than 1 000). */
  public long omitted() {
    return omitted;
  }

  /** Every violation on one line each, {@code $.fullYear: message}, in the given language. */
  @Override
  public String describe(Locale locale) {
    String listed = violations.stream().map(v -> v.describe(locale))
        .collect(Collectors.joining("\n"));
    if (omitted == 0) {
      return listed;
    }
    return listed + "\n" + Message.of("core.value.omitted", Argument.number("count", omitted))
        .render(locale);
  }

  /**
   * {@code Budget is invalid (2 found): $.executed: message; …}, naming at most the first {@value
   * #MOST_IN_MESSAGE} violations and counting the rest ({@code ; and 199979 more}), so that a value
   * with very many violations does not make a message of millions of characters; {@link
   * #violations()} and {@link #describe(Locale)} hold every violation kept.
   */
  @Override
  public String getMessage() {
    return message(Locale.ENGLISH);
  }

  /**
   * {@link #getMessage()} in the given language: {@code Budget 不合法（2 处问题）：$.executed: …；另有
   * 3 处} in Chinese.
   */
  @Override
  public String message(Locale locale) {
    return said(locale).render(locale);
  }

  /** What {@link #message(Locale)} says, as data. */
  private Message said(Locale locale) {
    int shown = Math.min(violations.size(), MOST_IN_MESSAGE);
    String separator = Message.of("core.value.separator").render(locale);
    String listed = violations.subList(0, shown).stream()
        .map(v -> v.describe(locale))
        .collect(Collectors.joining(separator));
    long total = violations.size() + omitted;
    long more = total - shown;
    // English counts one problem and many problems; Chinese words both alike. Two keys, not a
    // plural syntax: the only plural Jixiao says.
    String key = more > 0 ? "core.value.invalid.more"
        : total == 1 ? "core.value.invalid.one" : "core.value.invalid.many";
    return Message.of(key,
        Argument.text("type", type), Argument.number("count", total),
        Argument.number("more", more), Argument.text("listed", listed));
  }
}
