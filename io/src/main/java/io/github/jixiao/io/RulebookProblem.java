package io.github.jixiao.io;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.lint.LintCode;
import io.github.jixiao.rules.result.Severity;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem of a rulebook file (评分办法文件问题), as {@link RulebookCheck} reports it: its stable
 * code ({@code JXR-201}, of the {@link LintCode} register; a check of one's own gives its own), its
 * severity, and the problem in the file — its JSON path, line and column, and what is wrong, with
 * the fix where obvious — as io reports any problem of a document ({@link JsonProblem}).
 *
 * @param code the stable code, e.g. {@code JXR-201}
 * @param severity error or warning
 * @param problem where in the file, and what
 */
public record RulebookProblem(String code, Severity severity, JsonProblem problem) {

  /** Creates a problem; every part is required. */
  public RulebookProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(problem, "problem");
  }

  /**
   * A problem that reading or building the rulebook found: a file that cannot be read ({@code
   * JXR-001}), a wrong format (002), a wrong shape (003), or what building the rulebook refuses
   * (004) — every one an error.
   */
  static RulebookProblem read(JsonProblem problem) {
    LintCode code = switch (problem.kind()) {
      case EMPTY, ENCODING, SYNTAX, LIMIT -> LintCode.UNREADABLE;
      case FORMAT -> LintCode.WRONG_FORMAT;
      case DUPLICATE_KEY, UNKNOWN_FIELD, WRONG_TYPE, MISSING -> LintCode.WRONG_SHAPE;
      case INVALID_VALUE -> LintCode.REFUSED_BY_BUILD;
    };
    return new RulebookProblem(code.code(), code.severity(), problem);
  }

  /** Whether it is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Where: a JSON path from the file's root, e.g. {@code $.indicators[3].rule.bands[0]}. */
  public String jsonPath() {
    return problem.jsonPath();
  }

  /** The 1-based line in the file; 0 when unknown. */
  public int line() {
    return problem.line();
  }

  /** The 1-based column in the file; 0 when unknown. */
  public int column() {
    return problem.column();
  }

  /** What is wrong, as data (its key and arguments). */
  public Message message() {
    return problem.message();
  }

  /** What is wrong, and the hint if any, in the given language. */
  public String message(Locale locale) {
    return problem.said().render(locale);
  }

  /**
   * The problem as a compiler prints one, in the given language: {@code
   * rulebook.json:41:9: error JXR-201: $.indicators[3].rule.bands[0]: …}, or {@code 41:9: …} when
   * {@code source} is null.
   */
  public String describe(String source, Locale locale) {
    Argument[] said = {Argument.number("line", line()), Argument.number("column", column()),
        Argument.message("severity", Message.label(severity)), Argument.text("code", code),
        Argument.text("path", jsonPath()), Argument.message("message", problem.said())};
    return (source == null ? Message.of("io.rulebook-check.line", said)
        : Message.of("io.rulebook-check.file-line", append(said,
            Argument.text("source", source)))).render(locale);
  }

  private static Argument[] append(Argument[] first, Argument last) {
    Argument[] all = java.util.Arrays.copyOf(first, first.length + 1);
    all[first.length] = last;
    return all;
  }

  /** {@code 41:9: error JXR-201: $.indicators[3].rule.bands[0]: …} in English. */
  @Override
  public String toString() {
    return describe(null, Locale.ENGLISH);
  }
}
