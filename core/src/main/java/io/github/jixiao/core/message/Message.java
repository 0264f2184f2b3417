package io.github.jixiao.core.message;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something Jixiao says to a person (提示信息), kept as data: a stable key and its named, typed
 * {@linkplain Argument arguments}, rendered in a language only when asked ({@link
 * #render(Locale)}), from the {@linkplain MessageBundles bundles} registered for the key.
 * {@code core.value.required} with no argument renders as "is required but was not set" in
 * English and "为必填项，但未设置" in Chinese; {@code proportional.below.percent} with name
 * 预算执行率, actual 97.16, weight 10 and points 9.72 renders as "预算执行率 97.16% &lt; 100%，得分 =
 * 10 × 97.16% = 9.72".
 *
 * <p>The key is what a program compares and what a document keeps; the words may change with a
 * release, a deployment's bundle or the language. For quick use a message may carry its own
 * templates by language ({@link #custom}); a bundle entry for the same key still wins, so that a
 * deployment can reword it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMessage.class)
@JsonDeserialize(as = ImmutableMessage.class)
public interface Message extends Serializable, WithMessage {

  /** The version of the serialized form, copied into the implementation. */
  long serialVersionUID = 1L;

  /** The key, e.g. {@code core.value.required}: lower-case words joined by dots or dashes. */
  @Value.Parameter
  String getKey();

  /** The arguments its templates name, in the order they were given. */
  @Value.Parameter
  List<Argument> getArguments();

  /**
   * Templates carried by the message itself, by language tag ({@code zh}, {@code en}); empty for
   * a message whose words come from bundles, which is every message Jixiao makes.
   */
  @Value.Parameter
  Map<String, String> getTemplates();

  /** A message whose words come from the registered bundles. */
  static Message of(String key, Argument... arguments) {
    // In one step, without a builder: the scorer makes one for every indicator.
    return ImmutableMessage.of(key, Arrays.asList(arguments), Map.of());
  }

  /**
   * A message that carries its own Chinese and English templates, for a user's rule or check
   * that has no bundle of its own. A template names arguments in braces, {@code "{name} 得分
   * {points}"}, and writes an apostrophe twice ({@code ''}), as {@link java.text.MessageFormat}
   * does. A bundle entry for the key wins over these.
   */
  static Message custom(String key, String zhTemplate, String enTemplate, Argument... arguments) {
    return ImmutableMessage.of(key, Arrays.asList(arguments), Map.of("zh", zhTemplate,
        "en", enTemplate));
  }

  /**
   * The name of one constant of a domain enumeration, in the language asked for: {@code
   * label.Grade.EXCELLENT} renders as 优 and "excellent", {@code label.QualitativeLevel.ACHIEVED}
   * as 达成 and "achieved". The key is the enumeration's simple name and the constant's; the
   * module that declares the enumeration has the words.
   */
  static Message label(Enum<?> constant) {
    return of("label." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }

  /** The argument of that name, if the message has one. */
  default Optional<Argument> argument(String name) {
    for (Argument a : getArguments()) {
      if (a.getName().equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * The message in {@code locale}'s language: Chinese for any Chinese locale, a language a
   * registered bundle has, else English; a key no bundle and no template knows renders as the
   * key followed by its arguments.
   */
  default String render(Locale locale) {
    return MessageBundles.render(this, locale);
  }

  /** A new builder; {@code builder().from(message)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Message}; {@code build()} throws {@link IllegalArgumentException} if invalid. */
  final class Builder extends ImmutableMessage.Builder {}

  /** Checks the key, the arguments' names and the templates; called by {@code build()}. */
  @Value.Check
  default void validate() {
    if (!Keys.valid(getKey()) || getArguments() == null || getTemplates() == null) {
      throw Keys.invalid(this);
    }
    for (int i = 0; i < getArguments().size(); i++) {
      if (getArguments().get(i) == null) {
        throw new IllegalArgumentException("message " + getKey() + ": argument " + i + " is null");
      }
    }
    if (!getTemplates().isEmpty()) {
      getTemplates().forEach((language, template) -> Template.compileInline(template));
    }
  }
}
