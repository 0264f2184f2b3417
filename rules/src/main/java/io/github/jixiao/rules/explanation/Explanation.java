package io.github.jixiao.rules.explanation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.value.Validation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Why an indicator earned its points (评分说明), kept as structured data: a message key and its
 * named arguments, rendered in Chinese or English only when asked for ({@link #render(Locale)}),
 * never while scoring. {@code proportional.below.percent} with name 预算执行率, actual 97.16,
 * weight 10 and points 9.72 renders as "预算执行率 97.16% &lt; 100%，得分 = 10 × 97.16% = 9.72".
 *
 * <p>The built-in rules' keys have built-in templates. A user's rule may use its own key and give
 * its templates per language ({@code "zh"}, {@code "en"}) in {@link #getTemplates()}; a template
 * names arguments in braces: {@code "{name} 得分 {points}"}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExplanation.class)
@JsonDeserialize(as = ImmutableExplanation.class)
public interface Explanation extends WithExplanation {

  /** The message key, e.g. {@code threshold.over}. */
  @Value.Parameter
  String getKey();

  /** The arguments the template names. */
  @Value.Parameter
  List<Argument> getArguments();

  /** Templates by language ({@code zh}, {@code en}) for keys that are not built in. */
  @Value.Parameter
  Map<String, String> getTemplates();

  /** An explanation with a built-in key. */
  static Explanation of(String key, Argument... arguments) {
    // In one step, without a builder: every scored indicator has an explanation.
    return ImmutableExplanation.of(key, Arrays.asList(arguments), Map.of());
  }

  /** An explanation of a user's rule, with its own Chinese and English templates. */
  static Explanation custom(String key, String zhTemplate, String enTemplate,
      Argument... arguments) {
    return Explanation.builder().key(key).addArguments(arguments)
        .putTemplate("zh", zhTemplate).putTemplate("en", enTemplate).build();
  }

  /**
   * The explanation in {@code locale}'s language: Chinese for {@code zh}, English otherwise. An
   * unknown key without templates renders as the key followed by its arguments.
   */
  default String render(Locale locale) {
    return Messages.render(this, locale);
  }

  /** A new builder; {@code builder().from(value)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Explanation}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableExplanation.Builder {}

  /** Checks that every required attribute is set; called by {@code build()}. */
  @Value.Check
  // Decided by hand first: the scorer builds one of these for every explanation and note; only a suspect value pays for
  // the generic look, which words every problem. HandCheckedValuesTest nulls each required
  // attribute in turn, so an attribute added here and forgotten above fails the build.
  default void validate() {
    if (getKey() == null || Validation.anyNull(getArguments())
        || Validation.anyNull(getTemplates())) {
      Validation.required(this, "Explanation");
    }
  }
}
