package io.github.jixiao.cli;

import io.github.jixiao.rules.result.Severity;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The exit-code policy of a batch (退出码策略, {@code --fail-on}): the findings that make a run exit
 * 1 — errors ({@code check}'s default), warnings and errors, or none ({@code score}'s default:
 * scoring worked, 0). A file that cannot be read or is invalid exits 2 whatever the policy.
 */
enum FailOn {
  /** Exit 1 when a finding is an error. */
  ERROR,
  /** Exit 1 when a finding is an error or a warning. */
  WARNING,
  /** Findings never change the exit code. */
  NEVER;

  /** The policy a value of {@code --fail-on} names: in English or in Chinese (错误, 警告, 从不). */
  static FailOn of(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "error", "错误" -> ERROR;
      case "warning", "警告" -> WARNING;
      case "never", "从不" -> NEVER;
      default -> throw new TypeConversionException(value);
    };
  }

  /** Picocli's converter for {@code --fail-on}. */
  static final class Converter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      return of(value);
    }
  }

  /** Whether a finding of {@code severity} makes the run fail under this policy. */
  boolean fails(Severity severity) {
    return switch (this) {
      case ERROR -> severity == Severity.ERROR;
      case WARNING -> severity != Severity.INFO;
      case NEVER -> false;
    };
  }
}
