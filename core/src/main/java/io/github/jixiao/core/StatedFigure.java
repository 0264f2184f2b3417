package io.github.jixiao.core;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MeasureValue;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure the narrative of a report states (报告中表述的数据), with the precision it was stated at
 * and, where the report gives them, the numerator and denominator it claims to come from. The
 * seed states 完成预算的 97.16% from 3212.37 ÷ 3306.19, and 解决率92% from 169 of 184: a
 * reviewer recomputes the rate at the stated precision (two decimals, then none) and compares.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatedFigure.class)
@JsonDeserialize(as = ImmutableStatedFigure.class)
public interface StatedFigure extends WithStatedFigure {

  /** The figure's code, unique within the evaluation, e.g. {@code "execution-rate"}. */
  @NotBlank
  String getCode();

  /** What the figure is, e.g. 群众反映问题解决率. */
  @NotBlank
  String getName();

  /** Whether it is a rate, a count or an amount. */
  @NotNull
  FigureKind getKind();

  /** The value as stated: 97.16 for "97.16%", 92 for "92%". */
  @NotNull
  @MeasureValue
  BigDecimal getStatedValue();

  /** The unit as stated: %, 万元, 件. */
  Optional<@Text String> getUnit();

  /**
   * How many decimals the figure was stated with: 2 for "97.16%", 0 for "92%". Unless given, the
   * number of decimals of {@link #getStatedValue()} as written.
   */
  @Value.Default
  @Min(0)
  @Max(6)
  default int getPrecision() {
    // A figure without its value is refused by its check; its precision is not asked then.
    return getStatedValue() == null ? 0 : Math.max(0, getStatedValue().scale());
  }

  /** The numerator the figure claims to come from (169 problems solved). */
  Optional<@MeasureValue BigDecimal> getNumerator();

  /** The denominator the figure claims to come from (184 problems raised). */
  Optional<@MeasureValue BigDecimal> getDenominator();

  /** The id of a named formula that computes the figure from the evaluation's own data. */
  Optional<@Text String> getFormula();

  /**
   * The code of the table's indicator the figure restates (the narrative's "培训1250人次" for the
   * row 培训人次), where it restates one: the two must then agree.
   */
  Optional<@Text String> getIndicatorCode();

  /** The sentence of the report the figure stands in. */
  Optional<@Text String> getQuote();

  /** Present when the figure is read into the report rather than printed in it: what and why. */
  Optional<@Text String> getAssumption();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatedFigure}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableStatedFigure.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}, which already returns a normalised
   * value; it is public only because an interface's methods are. It gives this value with every
   * number at a scale of at least 0 ({@code 3.3E+3} becomes {@code 3300}), so that a value built
   * from {@code 33E+2} equals one built from {@code 3300} and is written as it was read. A number
   * beyond its bound is left as it is, for the check to refuse.
   */
  @Value.Check
  default StatedFigure normalised() {
    return ((ImmutableStatedFigure) ImmutableStatedFigure.copyOf(this))
        .withStatedValue(Numbers.normal(getStatedValue()))
        .withNumerator(Numbers.normal(getNumerator()))
        .withDenominator(Numbers.normal(getDenominator()));
  }

  /** Checks the constraints, that the value fits its precision and the sources come in pairs. */
  @Value.Check
  default void validate() {
    Validation.check(this, "StatedFigure", v -> {
      int decimals = Math.max(0, getStatedValue().stripTrailingZeros().scale());
      v.require(decimals <= getPrecision(), "precision", () -> Message.of(
          "core.figure.precision", Argument.number("value", getStatedValue()),
          Argument.number("decimals", decimals), Argument.number("precision", getPrecision())));
      v.require(getNumerator().isPresent() == getDenominator().isPresent(), "denominator",
          Message.of("core.figure.ratio-parts"));
    });
  }
}
