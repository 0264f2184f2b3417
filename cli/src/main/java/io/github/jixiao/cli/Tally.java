package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The count of a batch (批处理汇总): documents done, documents that were read but are invalid,
 * files that could not be read, findings by severity; it gives the summary line and the exit code
 * under a {@link FailOn} policy.
 */
final class Tally {

  private int good;
  private int bad;
  private int invalid;
  private int errors;
  private int warnings;
  private int infos;
  private boolean checked;

  void good() {
    good++;
  }

  /** A file that could not be read (missing, unreadable, not a document Jixiao reads). */
  void bad() {
    bad++;
  }

  /** A document that was read but is not valid: its problems were listed. */
  void invalid() {
    invalid++;
  }

  void add(CheckReport report) {
    checked = true;
    errors += report.count(Severity.ERROR);
    warnings += report.count(Severity.WARNING);
    infos += report.count(Severity.INFO);
  }

  /** How many files were named or found, good or not. */
  int files() {
    return good + bad + invalid;
  }

  /** 2 when a file could not be read or is invalid; else 1 when {@code policy} fails on a finding. */
  int exitCode(FailOn policy) {
    if (bad > 0 || invalid > 0) {
      return Jixiao.BAD_INPUT;
    }
    boolean fails = errors > 0 && policy.fails(Severity.ERROR)
        || warnings > 0 && policy.fails(Severity.WARNING)
        || infos > 0 && policy.fails(Severity.INFO);
    return fails ? Jixiao.ERROR_FINDINGS : Jixiao.OK;
  }

  /**
   * E.g. {@code 3 个文件：已评分 1 个，无效 1 个，无法读取 1 个；审核发现：错误 1，警告 2，提示 0}, or {@code 3
   * files: 1 scored, 1 invalid, 1 could not be read; findings: 1 error, 2 warnings, 0 info}.
   *
   * @param done what was done to a good file: {@code cli.done.scored}, 已评分 or scored
   */
  String summary(Lang lang, Message done) {
    int files = files();
    Message line = Message.of(files == 1 ? "cli.tally.files.one" : "cli.tally.files.many",
        Argument.number("count", files), Argument.number("good", good),
        Argument.message("done", done), Argument.number("invalid", invalid),
        Argument.number("bad", bad));
    if (!checked) {
      return lang.say(line);
    }
    List<Argument> arguments = new ArrayList<>(List.of(TextReport.counts(errors, warnings, infos)));
    arguments.add(Argument.message("files", line));
    return lang.say("cli.tally.findings", arguments.toArray(Argument[]::new));
  }
}
