package io.github.jixiao.core.message;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One named argument of a {@link Message} (参数): exactly one of a number, kept exact and shown
 * plain ({@code 97.16}, never {@code 9.716E+1} nor grouped as {@code 3,306.19}); a text, which is
 * domain data shown as it is in every language (an indicator's name, a code, a file name); a
 * nested message, rendered in the same language as the message that holds it (a grade's name, a
 * kind of evaluation); or a list of texts, shown joined in the language's way and cut after
 * ten items ("a、b、…、j 等另外 4 项", "a, b, …, j and 4 more"). Plain data, so that a document
 * round-trips through JSON unchanged.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArgument.class)
@JsonDeserialize(as = ImmutableArgument.class)
public interface Argument extends Serializable, WithArgument {

  /** The version of the serialized form, copied into the implementation. */
  long serialVersionUID = 1L;

  /** The items of a list argument shown before the rest are counted. */
  int LIST_SHOWN = 10;

  /** The argument's name, the placeholder in a template: {@code actual} for {@code {actual}}. */
  @Value.Parameter
  String getName();

  /** The value, when it is a number. */
  @Value.Parameter
  Optional<BigDecimal> getNumber();

  /** The value, when it is a text: domain data, the same in every language. */
  @Value.Parameter
  Optional<String> getText();

  /** The value, when it is a message of its own, rendered in the holder's language. */
  @Value.Parameter
  Optional<Message> getMessage();

  /** The value, when it is a list of texts. */
  @Value.Parameter
  Optional<List<String>> getList();

  // The factories build in one step, without a builder: scoring makes several arguments per
  // indicator.

  /** A number argument. */
  static Argument number(String name, BigDecimal value) {
    return ImmutableArgument.of(name, Optional.of(value), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** A whole-number argument: a count, a line, a column. */
  static Argument number(String name, long value) {
    return number(name, BigDecimal.valueOf(value));
  }

  /** A text argument: domain data, shown as it is in every language. */
  static Argument text(String name, String value) {
    return ImmutableArgument.of(name, Optional.empty(), Optional.of(value), Optional.empty(),
        Optional.empty());
  }

  /** A message argument, rendered in the language of the message that holds it. */
  static Argument message(String name, Message value) {
    return ImmutableArgument.of(name, Optional.empty(), Optional.empty(), Optional.of(value),
        Optional.empty());
  }

  /** A message argument with a key and no arguments of its own: {@code grade.excellent}. */
  static Argument message(String name, String key) {
    return message(name, Message.of(key));
  }

  /**
   * A list argument: the first {@value #LIST_SHOWN} items joined as the language joins them, the
   * rest counted.
   */
  static Argument list(String name, List<String> items) {
    return ImmutableArgument.of(name, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(items));
  }

  /** The value as shown in {@code locale}'s language. */
  default String render(Locale locale) {
    return Rendering.argument(this, locale);
  }

  /** Checks that the argument has a name and exactly one value; called by {@code build()}. */
  @Value.Check
  default void validate() {
    int values = (getNumber().isPresent() ? 1 : 0) + (getText().isPresent() ? 1 : 0)
        + (getMessage().isPresent() ? 1 : 0) + (getList().isPresent() ? 1 : 0);
    if (getName() == null || !Template.validName(getName()) || values != 1) {
      throw Rendering.invalid(this, values);
    }
  }

  /** A new builder; {@code builder().from(argument)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Argument}; {@code build()} throws {@link IllegalArgumentException} if invalid. */
  final class Builder extends ImmutableArgument.Builder {}
}
