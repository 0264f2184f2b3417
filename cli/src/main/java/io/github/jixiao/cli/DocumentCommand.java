package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.jixiao.io.JsonDocumentException;
import io.github.jixiao.rules.scoring.ScoringException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command over documents shares: {@code --lang}, standard output and error, and how
 * a document that cannot be done is reported.
 */
abstract class DocumentCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of the output: zh (中文, default) or en.")
  Lang lang = Lang.ZH;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * Reports on standard error why {@code file} cannot be done — its document problems with
   * line:column and JSON path, a rulebook it names that is not there, a rule the scorer does not
   * know, or a read that failed — and gives the same as JSON problems.
   */
  ArrayNode failed(Path file, RuntimeException e) {
    JsonReport json = new JsonReport(lang);
    if (e instanceof JsonDocumentException invalid) {
      err().println(invalid.describe(lang.locale()));
      return json.problems(invalid.problems());
    }
    Unusable why;
    if (e instanceof Unusable unusable) {
      why = unusable;
    } else if (e instanceof ScoringException scoring) {
      why = new Unusable(Unusable.SCORING, null,
          lang.pick("无法评分：", "cannot score: ") + scoring.getMessage());
    } else if (e instanceof UncheckedIOException io) {
      why = new Unusable(Unusable.FILE, null,
          lang.pick("无法读取：", "cannot read: ") + io.getCause().getMessage());
    } else {
      throw e;
    }
    err().println(file + ": " + why.path().map(p -> p + ": ").orElse("") + why.getMessage());
    ArrayNode problems = JsonReport.array();
    problems.add(json.problem(why.kind(), why.path(), why.getMessage()));
    return problems;
  }
}
