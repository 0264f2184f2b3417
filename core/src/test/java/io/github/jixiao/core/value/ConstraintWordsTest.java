package io.github.jixiao.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A user's own value validated through {@link Validation#check}: an exclusive bound is worded as
 * one, and a constraint core has no words for is named, never shown as a bare key.
 */
class ConstraintWordsTest {

  /** A value of a user's with constraints core's own values do not use. */
  static final class Rate {
    @DecimalMin(value = "0", inclusive = false)
    final BigDecimal value;

    @Email
    final String contact;

    Rate(BigDecimal value, String contact) {
      this.value = value;
      this.contact = contact;
    }
  }

  @Test
  void anExclusiveBoundAndAnUnknownConstraintAreWorded() {
    assertThatThrownBy(() -> Validation.check(new Rate(BigDecimal.ZERO, "not an address"), "Rate"))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.message(Locale.ENGLISH)).containsExactly(
              "does not meet the constraint Email (was not an address)",
              "must be greater than 0 (was 0)");
          assertThat(e.violations()).extracting(v -> v.message(Locale.CHINESE)).containsExactly(
              "不符合约束 Email（实际为 not an address）", "必须大于 0（实际为 0）");
        });
  }
}
