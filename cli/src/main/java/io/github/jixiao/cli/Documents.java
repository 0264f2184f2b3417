package io.github.jixiao.cli;

import io.github.jixiao.core.InvalidValueException;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.io.JsonDocumentException;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.Rulebooks;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the documents a command works on — self-evaluations (绩效自评) and rulebooks (评分办法) —
 * and reports on standard error, with file, line:column and JSON path, why one cannot be read.
 */
final class Documents {

  private final JixiaoJson json = JixiaoJson.standard();
  private final PrintWriter err;
  private final Lang lang;

  Documents(PrintWriter err, Lang lang) {
    this.err = err;
    this.lang = lang;
  }

  /** The self-evaluation in {@code file}, or empty after reporting why it cannot be read. */
  Optional<SelfEvaluation> evaluation(Path file) {
    try {
      return Optional.of(json.readEvaluation(file));
    } catch (JsonDocumentException e) {
      report(e);
      return Optional.empty();
    }
  }

  /** Prints every problem of {@code e}, one per line: {@code file:line:column: $.path: message}. */
  void report(JsonDocumentException e) {
    err.println(e.describe(lang.locale()));
  }

  /**
   * The rulebook to score {@code evaluation} of {@code file} under: {@code option} — a built-in
   * id or a rulebook document — or else the one the evaluation names; empty after reporting why
   * there is none.
   */
  Optional<Rulebook> rulebook(Path file, SelfEvaluation evaluation, String option) {
    if (option != null) {
      return rulebook(option);
    }
    Optional<String> named = evaluation.getRulebook();
    if (named.isEmpty()) {
      err.println(file + ": $.rulebook: " + lang.pick(
          "文档未指定评分办法；请用 --rulebook 指定，可选：" + builtIns(),
          "the document names no rulebook; give one with --rulebook, one of: " + builtIns()));
      return Optional.empty();
    }
    Optional<Rulebook> found = Rulebooks.byId(named.get());
    if (found.isEmpty()) {
      err.println(file + ": $.rulebook: " + lang.pick(
          "没有内置评分办法 '" + named.get() + "'；可选：" + builtIns() + "，或用 --rulebook 指定文件",
          "no built-in rulebook '" + named.get() + "'; one of: " + builtIns()
              + ", or give a rulebook file with --rulebook"));
    }
    return found;
  }

  /** The rulebook {@code option} names: a built-in id, or a file holding a rulebook document. */
  Optional<Rulebook> rulebook(String option) {
    Optional<Rulebook> builtIn = Rulebooks.byId(option);
    if (builtIn.isPresent()) {
      return builtIn;
    }
    Path file = Path.of(option);
    if (!Files.isRegularFile(file)) {
      err.println("--rulebook " + option + ": " + lang.pick(
          "既不是内置评分办法，也不是文件；内置评分办法：" + builtIns(),
          "neither a built-in rulebook nor a file; built-in rulebooks: " + builtIns()));
      return Optional.empty();
    }
    try {
      Object document = json.readAny(file);
      if (document instanceof Rulebook rulebook) {
        return Optional.of(rulebook);
      }
      err.println(file + ": $.format: " + lang.pick("不是评分办法文档", "not a rulebook document"));
    } catch (JsonDocumentException e) {
      report(e);
    } catch (InvalidValueException e) {
      err.println(file + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  private static String builtIns() {
    return Rulebooks.all().stream().map(Rulebook::getId).collect(Collectors.joining(", "));
  }
}
