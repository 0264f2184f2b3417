package io.github.jixiao.rules.lint;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * The register of the rulebook check's codes (评分办法检查编号): every problem {@code jixiao rulebook
 * check} reports has one, with its severity and a one-line description ({@code
 * rules.lint.code.*}). A code is {@code JXR-} and three digits, grouped by family: 0xx the file
 * and the rulebook's own invariants (found by reading and building it, reported by jixiao-io's
 * rulebook check), 1xx the scorer's registry of rules ({@code Scorer.verify}), 2xx band tables,
 * 3xx the points a leaf can give, 4xx the grade scale. A code is never reused: a withdrawn one
 * keeps its constant, deprecated.
 *
 * <p>An error (错误) means the rulebook scores wrongly or not at all; a warning (警告) means it
 * scores, but probably not as its author meant.
 */
public enum LintCode {
  /** A lint check threw instead of reporting; the problem names the check. */
  LINT_FAILED("JXR-000", Severity.ERROR, "rules.lint.code.lint-failed"),

  /** The file is not JSON, not UTF-8, empty or beyond a read limit. */
  UNREADABLE("JXR-001", Severity.ERROR, "rules.lint.code.unreadable"),
  /** The {@code "format"} field is missing or names another document or version. */
  WRONG_FORMAT("JXR-002", Severity.ERROR, "rules.lint.code.wrong-format"),
  /** A field unknown, missing, repeated or of the wrong JSON type. */
  WRONG_SHAPE("JXR-003", Severity.ERROR, "rules.lint.code.wrong-shape"),
  /**
   * Building the rulebook refuses it: weights that do not add up, band tables with a gap or an
   * overlap, a grade scale not starting at 0, a duplicate code, a parent that does not exist, a
   * deduction cap above a weight … (the message says which).
   */
  REFUSED_BY_BUILD("JXR-004", Severity.ERROR, "rules.lint.code.refused-by-build"),

  /** A rule type the scorer's registry does not know. */
  UNKNOWN_RULE_TYPE("JXR-101", Severity.ERROR, "rules.lint.code.unknown-rule-type"),
  /**
   * A rule refuses its spec: a parameter, option or band table it does not take, a parameter it
   * needs and lacks, a value its own check refuses.
   */
  RULE_REFUSES_SPEC("JXR-102", Severity.ERROR, "rules.lint.code.rule-refuses-spec"),

  /** A band table leaves values the rule can be given in no band: they score 0, refused. */
  BANDS_LEAVE_VALUES_OUT("JXR-201", Severity.ERROR, "rules.lint.code.bands-leave-values-out"),
  /** A band no value the rule can be given falls in. */
  BAND_UNREACHABLE("JXR-202", Severity.WARNING, "rules.lint.code.band-unreachable"),

  /** No value earns a leaf its full points (its weight). */
  NEVER_FULL_POINTS("JXR-301", Severity.ERROR, "rules.lint.code.never-full-points"),
  /** No value takes a leaf's points to 0 by its rule (only deductions can). */
  NEVER_ZERO("JXR-302", Severity.WARNING, "rules.lint.code.never-zero"),
  /** A rule's deductions can exceed the weight; points stop at 0 (扣完为止). */
  DEDUCTIONS_ABOVE_WEIGHT("JXR-303", Severity.WARNING, "rules.lint.code.deductions-above-weight"),
  /** A checklist's items add up to more than the weight; points stop at the weight. */
  ITEMS_ABOVE_WEIGHT("JXR-304", Severity.WARNING, "rules.lint.code.items-above-weight"),

  /** A grade of the grade scale that no total the rulebook can give falls in. */
  GRADE_UNREACHABLE("JXR-401", Severity.WARNING, "rules.lint.code.grade-unreachable");

  private final String code;
  private final Severity severity;
  private final Message description;

  LintCode(String code, Severity severity, String description) {
    this.code = code;
    this.severity = severity;
    this.description = Message.of(description);
  }

  /** The stable code, e.g. {@code JXR-201}. */
  public String code() {
    return code;
  }

  /** The severity of its problems. */
  public Severity severity() {
    return severity;
  }

  /** What it catches, in one line ({@code rules.lint.code.*}). */
  public Message description() {
    return description;
  }

  /** What it catches, in the given language: Chinese for any Chinese locale, else English. */
  public String description(Locale locale) {
    return description.render(locale);
  }

  /** The constant with this code, e.g. {@code JXR-201} → {@link #BANDS_LEAVE_VALUES_OUT}. */
  public static Optional<LintCode> find(String code) {
    for (LintCode c : values()) {
      if (c.code.equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
