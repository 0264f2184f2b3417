package io.github.jixiao.rules.lint;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.JsonPaths;
import io.github.jixiao.rules.result.Severity;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem the rulebook check found (评分办法问题): its stable code ({@code JXR-201}, see {@link
 * LintCode}; a user's own check gives its own), its severity, where it is — a JSON path from the
 * rulebook's root, as the rulebook's document writes it ({@code $.indicators[3].rule.bands[1]}) —
 * and what is wrong, with the fix where it is obvious, as a {@link Message}.
 *
 * @param code the stable code, e.g. {@code JXR-201}
 * @param severity error (the rulebook scores wrongly or not at all) or warning
 * @param path the JSON path from the rulebook's root ({@code $} for the rulebook as a whole)
 * @param message what is wrong and where, and how to fix it where obvious
 */
public record LintProblem(String code, Severity severity, String path, Message message) {

  /** Creates a problem; every part is required, and the path is taken from the root. */
  public LintProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    path = JsonPaths.rooted(Objects.requireNonNull(path, "path"));
    Objects.requireNonNull(message, "message");
  }

  /** A problem of the register's {@code code}, with its severity. */
  public static LintProblem of(LintCode code, String path, Message message) {
    return new LintProblem(code.code(), code.severity(), path, message);
  }

  /** Whether it is an error. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The message in the given language: Chinese for any Chinese locale, else English. */
  public String message(Locale locale) {
    return message.render(locale);
  }

  /** {@code JXR-201 $.indicators[3].rule.bands[0]: message} in English. */
  @Override
  public String toString() {
    return code + " " + path + ": " + message(Locale.ENGLISH);
  }
}
