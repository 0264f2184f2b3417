package io.github.jixiao.rules.declaration;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A finding of the stages before the self-evaluation (目标审核与衔接): of a target declaration
 * (JX-951 to JX-959) or of a self-evaluation against its declaration (JX-961 to JX-963).
 *
 * @param code the stable code, {@code JX-951} …
 * @param severity how grave
 * @param document which document {@link #path()} is in: {@code declaration} or {@code evaluation}
 * @param path the JSON path in that document, {@code $.indicators[3].target}
 * @param message what was found and, where obvious, the fix
 */
public record StageFinding(String code, Severity severity, String document, String path,
    Message message) {

  /** The message in {@code locale}. */
  public String message(Locale locale) {
    return message.render(locale);
  }

  /** This finding as a check's {@link Finding}, its code its check's. */
  public Finding asFinding() {
    return Finding.builder().code(code).checkCode(code).severity(severity).path(path)
        .message(message).build();
  }

  /**
   * {@code found} as a check report (审核报告), in the report order, every code among them run: so
   * that the stages' findings are printed, counted and written as a self-evaluation's are.
   */
  public static CheckReport report(List<StageFinding> found) {
    List<Finding> findings = found.stream().map(StageFinding::asFinding)
        .sorted(Finding.reportOrder()).toList();
    return CheckReport.builder().addAllFindings(findings)
        .addAllChecksRun(new TreeSet<>(found.stream().map(StageFinding::code).toList())).build();
  }
}
