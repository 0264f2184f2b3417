package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.jixiao.io.JsonDocumentException;
import io.github.jixiao.io.JsonProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command over documents (文档命令) shares: {@code --lang}, {@code --verbose}, standard
 * output and error — both {@link Escaping escaped}, as everything printed may come from a
 * document or a file name — and how a document that cannot be done is reported.
 */
abstract class DocumentCommand implements Callable<Integer>, Jixiao.Spoken {

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      descriptionKey = "cli.option.lang")
  Lang lang = Lang.ZH;

  @Option(names = {"-v", "--verbose"}, descriptionKey = "cli.option.verbose")
  boolean verbose;

  private Escaping out;
  private Escaping err;

  /** What could not be done with a file: its problems as JSON (a bounded list), and how many. */
  record Failure(ArrayNode problems, long count, boolean invalid) {
    /** A file that could not be read: not an invalid document. */
    Failure(ArrayNode problems, long count) {
      this(problems, count, false);
    }
  }

  @Override
  public void speak(Lang chosen) {
    lang = chosen;
  }

  Escaping out() {
    if (out == null) {
      out = new Escaping(spec.commandLine().getOut());
    }
    return out;
  }

  Escaping err() {
    if (err == null) {
      err = new Escaping(spec.commandLine().getErr());
    }
    return err;
  }

  /** How many problems of a document are printed. */
  int problemLimit() {
    return verbose ? ProblemLines.SHOWN_VERBOSE : ProblemLines.SHOWN;
  }

  /**
   * Reports on standard error why {@code file} cannot be done — its document problems with
   * line:column and JSON path, a rulebook it names that is not there, a rule the scorer does not
   * know, a read that failed, or a failure of Jixiao itself, on one line — and gives the same as
   * JSON problems.
   */
  Failure failed(Path file, Throwable e) {
    JsonReport json = new JsonReport(lang);
    if (e instanceof JsonDocumentException invalid) {
      List<JsonProblem> problems = invalid.problems();
      long total = problems.size() + invalid.omitted();
      ProblemLines.print(err(), invalid.source().orElse(file.toString()), problems, total,
          problemLimit(), lang);
      List<JsonProblem> listed =
          problems.subList(0, Math.min(problems.size(), ProblemLines.SHOWN_VERBOSE));
      return new Failure(json.problems(listed), total, true);
    }
    Unusable why = Unusable.of(e, file);
    String said = lang.say(why.said());
    // a workbook's refusal names its file and cell itself ("表.xls 是以 Excel 文件名保存的网页…")
    String line = Unusable.TABLE.equals(why.kind()) ? said
        : file + ": " + why.path().map(p -> p + ": ").orElse("") + said;
    err().println(Text.clip(line, ProblemLines.LINE_LIMIT));
    ArrayNode problems = JsonReport.array();
    problems.add(json.problem(why.kind(), why.path(), said));
    return new Failure(problems, 1);
  }
}
