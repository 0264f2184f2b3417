package io.github.jixiao.rules.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.value.Validation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value computed by a named formula from the evaluation's own data (计算结果), with the figures
 * it came from: 预算完成率 97.162293 % from executed 3212.37 and budget 3306.19. Rates are percent
 * at six decimals, rounded half up; counts are whole numbers.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFormulaResult.class)
@JsonDeserialize(as = ImmutableFormulaResult.class)
public interface FormulaResult extends WithFormulaResult {

  /** The formula's id, e.g. {@code execution-rate}. */
  String getFormula();

  /** Computed, not applicable (denominator 0) or missing data. */
  FormulaStatus getStatus();

  /** The value, when computed. */
  Optional<BigDecimal> getValue();

  /** The unit of the value: {@code %} for a rate, {@code 个} for a count. */
  String getUnit();

  /** The figures it came from, by name: {@code executed}, {@code budget}. */
  List<Argument> getInputs();

  /** The input named {@code name}, if any. */
  default Optional<BigDecimal> input(String name) {
    for (Argument a : getInputs()) {
      if (a.getName().equals(name)) {
        return a.getNumber();
      }
    }
    return Optional.empty();
  }

  /**
   * A new builder: for a formula of one's own ({@link io.github.jixiao.rules.spi.Formula});
   * {@code builder().from(value)} starts from an existing one.
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FormulaResult}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableFormulaResult.Builder {}

  /** Checks that every required attribute is set; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.required(this, "FormulaResult");
  }
}
