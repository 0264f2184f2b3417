package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Severity;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * E.g. {@code 2 个文件：已评分 1 个，无法读取 1 个；审核发现：错误 1，警告 2，提示 0}, or {@code 2 files: 1
   * scored, 1 could not be read; findings: 1 error, 2 warnings, 0 info}.
   *
   * @param done what was done to a good file: {@code cli.done.scored}, 已评分 or scored
   */
  String summary(Lang lang, Message done) {
    int files = good + bad;
    Message line = Message.of(files == 1 ? "cli.tally.files.one" : "cli.tally.files.many",
        Argument.number("count", files), Argument.number("good", good),
        Argument.message("done", done), Argument.number("bad", bad));
    if (!checked) {
      return lang.say(line);
    }
    List<Argument> arguments = new ArrayList<>(List.of(TextReport.counts(errors, warnings, infos)));
    arguments.add(Argument.message("files", line));
    return lang.say("cli.tally.findings", arguments.toArray(Argument[]::new));
  }
}
