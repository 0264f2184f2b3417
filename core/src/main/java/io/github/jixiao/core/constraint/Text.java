package io.github.jixiao.core.constraint;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that, when present, says something (文本): not empty, not only white space. Unlike
 * {@code @NotBlank} it accepts an absent value, so it fits {@code Optional<@Text String>}: Bean
 * Validation hands an empty {@code Optional}'s element to constraints as {@code null}.
 */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {
  /** The message if violated. */
  String message() default "{core.constraint.Text}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
