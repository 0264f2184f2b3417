package io.github.jixiao.core.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A share in percent, from 0 to 100 (百分比, e.g. 得分系数 80 for 80 %): at most 3 integer digits
 * and 6 decimals.
 *
 * <p>A Bean Validation constraint composed of the standard ones, for {@link java.math.BigDecimal},
 * reported as one violation ({@code core.constraint.PercentValue}: "must be a percentage from 0
 * to 100"), which says more than "must be less than or equal to 100" would.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ReportAsSingleViolation
@DecimalMin("0")
@DecimalMax("100")
@Digits(integer = 3, fraction = 6)
public @interface PercentValue {
  /**
   * Required by Bean Validation, never shown: the words are core's, keyed by the constraint's
   * name. A number beyond its {@code @Digits} is told that alone: domain values check every
   * number's digits first, without expanding it, and ask nothing else of a number beyond them.
   */
  String message() default "";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
