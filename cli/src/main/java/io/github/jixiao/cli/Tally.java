package io.github.jixiao.cli;

import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Severity;

/**
 * The count of a batch (批处理汇总): documents done, documents that could not be read, findings by
 * severity; it gives the summary line and the exit code.
 */
final class Tally {

  private int good;
  private int bad;
  private int errors;
  private int warnings;
  private int infos;
  private boolean checked;

  void good() {
    good++;
  }

  void bad() {
    bad++;
  }

  void add(CheckReport report) {
    checked = true;
    errors += report.count(Severity.ERROR);
    warnings += report.count(Severity.WARNING);
    infos += report.count(Severity.INFO);
  }

  int exitCode() {
    if (bad > 0) {
      return Jixiao.BAD_INPUT;
    }
    return errors > 0 ? Jixiao.ERROR_FINDINGS : Jixiao.OK;
  }

  /** E.g. {@code 2 个文件：已处理 1 个，无法读取 1 个；审核发现：错误 1，警告 2，提示 0}. */
  String summary(Lang lang, String doneZh, String doneEn) {
    int files = good + bad;
    String line = lang.pick(files + " 个文件：" + doneZh + " " + good + " 个，无法读取 " + bad + " 个",
        Text.count(files, "file", "files") + ": " + good + " " + doneEn + ", " + bad
            + " could not be read");
    if (checked) {
      line += lang.pick("；审核发现：错误 " + errors + "，警告 " + warnings + "，提示 " + infos,
          "; findings: " + Text.count(errors, "error", "errors") + ", "
              + Text.count(warnings, "warning", "warnings") + ", " + infos + " info");
    }
    return line;
  }
}
