package io.github.jixiao.core.constraint;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Text} (文本): absent, or with at least one character that is not white space. */
public final class TextValidator implements ConstraintValidator<Text, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || !value.toString().isBlank();
  }
}
