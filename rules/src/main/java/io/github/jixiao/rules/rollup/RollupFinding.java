package io.github.jixiao.rules.rollup;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.Severity;
import java.util.Locale;

/**
 * What the roll-up finds of the department-wide evaluation against its projects (汇总核对):
 * JX-851 the projects' money above the department's 项目支出 (parts above their total, an error);
 * JX-852 the projects evaluated covering less than it (information: not every project is
 * evaluated).
 *
 * @param code {@code JX-851} or {@code JX-852}
 * @param severity error or information
 * @param path where in the department-wide evaluation, {@code $.budget.project.budget}
 * @param message what was found
 */
public record RollupFinding(String code, Severity severity, String path, Message message) {

  /** The message in {@code locale}. */
  public String message(Locale locale) {
    return message.render(locale);
  }
}
