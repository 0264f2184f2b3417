package io.github.jixiao.rules.summary;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.Severity;
import java.util.Objects;

/**
 * One code of the findings by code (审核发现按编号统计).
 *
 * @param code the finding's code, {@code JX-207}
 * @param severity its severity (of its first finding, for a plug-in's code)
 * @param description the register's one-line description of the code ({@code check.code.JX-207}),
 *     or, for a code not in the register (a plug-in's), the message of its first finding
 * @param findings how many findings have the code
 * @param units how many units have at least one
 */
public record CodeCount(String code, Severity severity, Message description, int findings,
    int units) {

  /** Checks everything is given. */
  public CodeCount {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
  }
}
