package io.github.jixiao.core.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Digits;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number of points (分值, 得分): at most 3 integer digits and 2 decimals. The sign is not constrained
 * here: a claimed score below zero is a reviewer's finding, not a malformed document.
 *
 * <p>A Bean Validation constraint composed of the standard ones, for {@link java.math.BigDecimal}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Digits(integer = 3, fraction = 2)
public @interface PointsValue {
  /**
   * Required by Bean Validation, never shown: each composing constraint reports its own
   * violation, so a value that breaks two rules is told both — except that a number beyond its
   * {@code @Digits} is told that alone: domain values check every number's digits first, without
   * expanding it, and ask nothing else of a number beyond them.
   */
  String message() default "";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
