package io.github.jixiao.rules.explanation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.value.Validation;
import io.github.jixiao.rules.internal.Echo;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One named argument of an {@link Explanation} or one input of a rule (说明参数): a number, kept
 * exact, or a text with an optional English form. Plain data, so that a score card round-trips
 * through JSON unchanged.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArgument.class)
@JsonDeserialize(as = ImmutableArgument.class)
public interface Argument extends WithArgument {

  /** The argument's name, the placeholder in a template: {@code actual} for {@code {actual}}. */
  @Value.Parameter
  String getName();

  /** The value, when it is a number. */
  @Value.Parameter
  Optional<BigDecimal> getNumber();

  /** The value, when it is a text (in Chinese, as the report writes it). */
  @Value.Parameter
  Optional<String> getText();

  /** The English form of the text, where it differs. */
  @Value.Parameter
  Optional<String> getTextEn();

  // The factories build in one step, without a builder: scoring makes several arguments per
  // indicator. Optional.of refuses null as the builder did.

  /** A number argument. */
  static Argument number(String name, BigDecimal value) {
    return ImmutableArgument.of(name, Optional.of(value), Optional.empty(), Optional.empty());
  }

  /** A text argument, the same in every language. */
  static Argument text(String name, String value) {
    return ImmutableArgument.of(name, Optional.empty(), Optional.of(value), Optional.empty());
  }

  /** A text argument with its Chinese and English forms. */
  static Argument text(String name, String zh, String en) {
    return ImmutableArgument.of(name, Optional.empty(), Optional.of(zh), Optional.of(en));
  }

  /**
   * A text argument listing {@code items} (each already echoed) joined by {@code separator}: up to
   * a few items, the same in every language; beyond, the first few and a count, in each language.
   */
  static Argument list(String name, java.util.List<String> items, String separator) {
    return ListArgument.of(name, items, separator);
  }

  /** The value as shown in {@code english} or Chinese: a plain decimal, or the text. */
  default String shown(boolean english) {
    if (getNumber().isPresent()) {
      // Plain for every number a rule really gives; a user's absurd one by its order alone.
      return Echo.number(getNumber().get());
    }
    if (english && getTextEn().isPresent()) {
      return getTextEn().get();
    }
    return getText().orElse("");
  }

  /** Checks that the argument holds exactly one of a number or a text. */
  @Value.Check
  default void validate() {
    // Kept small enough for the JIT to inline into every factory, so that the Optionals it asks
    // for are never allocated; the message is built out of line.
    if (getName() == null || getName().isBlank()
        || getNumber().isPresent() == getText().isPresent()) {
      throw invalid(this);
    }
  }

  private static IllegalArgumentException invalid(Argument argument) {
    Validation.required(argument, "Argument");
    return new IllegalArgumentException("an argument needs a name and exactly one of number or"
        + " text; was name '" + Echo.text(argument.getName()) + "', number "
        + argument.getNumber().map(Echo::number).orElse("none") + ", text "
        + argument.getText().map(t -> "'" + Echo.text(t) + "'").orElse("none"));
  }

  /** A new builder; {@code builder().from(value)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Argument}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableArgument.Builder {}
}
