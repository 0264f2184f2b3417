package io.github.jixiao.rules.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A check that was not run on an evaluation (未执行的审核规则), and why: e.g. a rescoring check when
 * no rulebook (评分办法) was given. A report lists these so that silence is never mistaken for a
 * clean result.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSkippedCheck.class)
@JsonDeserialize(as = ImmutableSkippedCheck.class)
public interface SkippedCheck extends WithSkippedCheck {

  /** The code of the check not run. */
  @NotBlank
  String getCheckCode();

  /**
   * Why, e.g. {@code check.not-run.no-rulebook}: 未提供评分办法 in Chinese, "no rulebook was given"
   * in English.
   */
  @NotNull
  Message getReason();

  /** The reason in the given language: Chinese for any Chinese locale, else English. */
  default String reason(Locale locale) {
    return getReason().render(locale);
  }

  /** A check not run, for a reason. */
  static SkippedCheck of(String checkCode, Message reason) {
    return builder().checkCode(checkCode).reason(reason).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SkippedCheck}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableSkippedCheck.Builder {}

  /**
   * Checks the constraints; called by {@code build()}. Decided by hand when the code is not blank
   * ({@link String#isBlank()} is what {@code @NotBlank} tests), so a review does not pay for Bean
   * Validation; anything suspect goes through it, which words the exception as before. The
   * reason was validated when it was made, and is only required here.
   */
  @Value.Check
  default void validate() {
    Validation.required(this, "SkippedCheck");
    if (getCheckCode().isBlank()) {
      Validation.check(this, "SkippedCheck");
    }
  }
}
