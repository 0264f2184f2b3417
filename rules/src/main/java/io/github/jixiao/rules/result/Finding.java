package io.github.jixiao.rules.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.JsonPaths;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a reviewer found (审核发现的问题): its code and severity, where it is in the document
 * (a {@linkplain JsonPaths JSON path} from the self-evaluation's root such as {@code
 * $.budget.executed} or {@code $.entries[3].claimedScore}), what is wrong as a {@link Message} (a
 * key from the checks' bundle and its arguments, rendered in the language asked for), and the
 * value expected beside the value found, shown exactly as the document writes values ({@code
 * "91.85"} against {@code "92.00"}, {@code "EXCELLENT"} against {@code "GOOD"}): never words of a
 * language, which belong in the message.
 *
 * <p>The code says what was found; the check code says which check found it. They are the same
 * except for {@link CheckCode#CHECK_FAILED JX-000}, a check that threw, whose check code names the
 * failed check.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public interface Finding extends WithFinding {

  /** What was found, e.g. {@code JX-101}. */
  @NotBlank
  String getCode();

  /**
   * The code of the check that found it: the finding's own code unless said — only a check that
   * failed ({@link CheckCode#CHECK_FAILED JX-000}) reports under another check's code, and only
   * then does a document write this field.
   */
  @NotBlank
  @Value.Default
  default String getCheckCode() {
    // Left unset with the code, it is not reported twice: the code is the one missing.
    return Objects.requireNonNullElse(getCode(), "");
  }

  /** How serious it is. */
  @NotNull
  Severity getSeverity();

  /**
   * Where it is: a JSON path into the self-evaluation with core's property names, e.g. {@code
   * $.statedFigures[1].statedValue}; {@code $} for the document as a whole. A path given without
   * the root ({@code statedFigures[1].statedValue}, or empty, as Jixiao 0.1 wrote it and
   * {@code jixiao/check-report/1} holds it) is {@linkplain JsonPaths#rooted(String) read from the
   * root}.
   */
  @NotNull
  String getPath();

  /**
   * What is wrong, e.g. {@code check.stated-rate.differs} with the figure's name, the stated and
   * the recomputed rate: "“群众反映问题解决率”表述为 92.00%，但 169 ÷ 184 按表述的 2 位小数计算为
   * 91.85%" in Chinese.
   */
  @NotNull
  Message getMessage();

  /** The value the check expected, shown exactly, e.g. {@code "91.85"}. */
  Optional<String> getExpected();

  /** The value the document has, shown exactly, e.g. {@code "92.00"}. */
  Optional<String> getActual();

  /**
   * The cell of the unit's table the finding is about ({@code 项目1!H12}), when the evaluation was
   * imported from one (its {@link io.github.jixiao.core.TableSource}): the cell its path, or the
   * nearest value above it, was read from. Filled in by {@link
   * io.github.jixiao.rules.check.Checks#run(io.github.jixiao.rules.spi.CheckContext)}; a check
   * does not set it.
   */
  Optional<String> getCell();

  /** The message in the given language: Chinese for any Chinese locale, else English. */
  default String message(Locale locale) {
    return getMessage().render(locale);
  }

  /**
   * The order a report lists findings in (审核发现的排序): by check code, then by path with runs of
   * digits compared as numbers ({@code $.entries[2]} before {@code $.entries[10]}), then by code,
   * then by the message's key and arguments — never by words of a language, so the order is the
   * same whatever the bundles say. A {@link CheckReport}'s findings are always in this order.
   */
  static java.util.Comparator<Finding> reportOrder() {
    return FindingOrder.INSTANCE;
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableFinding.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}; it is public only because an
   * interface's methods are. It gives this finding with its path from the root ({@code
   * budget.executed} becomes {@code $.budget.executed}); a rooted path, the common case, costs one
   * look at its first characters.
   */
  @Value.Check
  default Finding normalised() {
    return JsonPaths.isRooted(getPath()) ? this
        : ((ImmutableFinding) ImmutableFinding.copyOf(this)).withPath(JsonPaths.rooted(getPath()));
  }

  /**
   * Checks the constraints; called by {@code build()}. Every finding of every review is built
   * through here, so the common case — no code blank — is decided by hand ({@link
   * String#isBlank()} is what {@code @NotBlank} tests, once every required attribute is known set);
   * only a suspect finding goes through Bean Validation, which then words the exception exactly
   * as before. The message was validated when it was made, and is only required here.
   */
  @Value.Check
  default void validate() {
    Validation.required(this, "Finding");
    if (getCode().isBlank() || getCheckCode().isBlank()) {
      Validation.check(this, "Finding");
    }
  }
}
