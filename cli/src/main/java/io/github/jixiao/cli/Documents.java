package io.github.jixiao.cli;

import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.Extraction;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.TableSource;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.excel.ImportOptions;
import io.github.jixiao.excel.read.ExcelTables;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.io.JsonDocumentException;
import io.github.jixiao.io.RulebookDirectory;
import io.github.jixiao.report.extract.ReportDrafts;
import io.github.jixiao.rules.RulebookCatalogue;
import io.github.jixiao.rules.RulebookCatalogueException;
import io.github.jixiao.rules.RulebookChoice;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.result.InputFile;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the documents a command works on — self-evaluations (绩效自评) and rulebooks (评分办法).
 * A document that cannot be done throws ({@link JsonDocumentException}, {@link Unusable}); the
 * {@code --rulebook} option, read once, is reported on standard error.
 */
final class Documents {

  /** The option that names a rulebook, as the argument {@code option} of a message. */
  private static final Argument RULEBOOK_OPTION = Argument.text("option", "--rulebook");

  private final JixiaoJson json = JixiaoJson.standard();
  private RulebookCatalogue catalogue = Rulebooks.catalogue();
  private final PrintWriter err;
  private final Lang lang;
  private final int problemLimit;

  /**
   * @param err where the {@code --rulebook} option's problems go: an {@link Escaping} stream
   * @param problemLimit how many problems of a rulebook document are printed
   */
  private Scorer verifier = Scorer.standard();

  Documents(PrintWriter err, Lang lang, int problemLimit) {
    this.err = err;
    this.lang = lang;
    this.problemLimit = problemLimit;
  }

  /**
   * The self-evaluation in {@code file}.
   *
   * @throws JsonDocumentException naming every problem of the document
   */
  SelfEvaluation evaluation(Path file) {
    return json.readEvaluation(file);
  }

  /** One self-evaluation of a file: where it is ({@code file}, or {@code file 项目1}) and it. */
  record Named(String where, SelfEvaluation evaluation, Optional<Extraction> extraction) {
    /** An evaluation read from a document or a workbook: nothing extracted. */
    Named(String where, SelfEvaluation evaluation) {
      this(where, evaluation, Optional.empty());
    }

    /** The file as named and, for a workbook's sheet, the sheet: what a result line is of. */
    InputFile input(Path file) {
      return InputFile.of(file.toString(), evaluation.getSource().map(TableSource::getSheet));
    }
  }

  /** {@code value} as a document of {@code type} on one line, for JSON Lines. */
  static <T> String line(DocumentType<T> type, T value) {
    return JixiaoJson.standard().writeLine(type, value);
  }

  /**
   * The draft extracted from the report in {@code file}, as an evaluation with the extraction
   * that says where each value came from.
   *
   * @throws io.github.jixiao.report.ReportReadException if the file cannot be read as a report
   * @throws Unusable if the report lacks what an evaluation needs (the items not found named)
   */
  Named draft(Path file) {
    DraftEvaluation draft = ReportDrafts.standard().draft(file);
    SelfEvaluation evaluation = draft.getEvaluation().orElseThrow(() -> new Unusable(
        Unusable.FILE, null, Message.of("cli.extract.no-evaluation", Argument.list("items",
            draft.getExtraction().getNotFound().stream()
                .map(i -> lang.say(ReportDrafts.itemName(i))).toList()))));
    return new Named(file.toString(), evaluation, Optional.of(draft.getExtraction()));
  }

  /**
   * The self-evaluations in {@code file}: the one JSON document, a report's draft (.docx, .pdf,
   * .txt, .md), or one per project sheet of a workbook ({@code .xlsx}, {@code .xls}), imported
   * with {@code options}.
   *
   * @throws JsonDocumentException naming every problem of a JSON document
   * @throws io.github.jixiao.excel.ExcelImportException if a workbook cannot be imported
   */
  List<Named> evaluations(Path file, ImportOptions options) {
    if (Reports.isReport(file)) {
      return List.of(draft(file));
    }
    if (!Workbooks.isWorkbook(file)) {
      return List.of(new Named(file.toString(), evaluation(file)));
    }
    return ExcelTables.standard().withOptions(options).read(file).sheets().stream()
        .map(s -> new Named(file + " " + s.sheet(), s.evaluation())).toList();
  }

  /** Says {@code message} on standard error after {@code where}. */
  /** The scorer a rulebook file's rules are verified against: standard, or with plug-ins. */
  void verifyWith(Scorer scorer) {
    verifier = scorer;
  }

  void say(String where, Message message) {
    err.println(where + lang.say(message));
  }

  /** The catalogue the documents' rulebooks are found in: the built-in one, and a directory. */
  RulebookCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Joins the rulebooks of {@code directory} to the catalogue ({@code --rulebooks DIR}).
   *
   * @return false after reporting on standard error why they cannot be joined
   */
  boolean join(Path directory) {
    try {
      catalogue = RulebookDirectory.join(Rulebooks.catalogue(), directory, json);
      return true;
    } catch (JsonDocumentException e) {
      ProblemLines.print(err, e.source().orElse(directory.toString()), e.problems(),
          e.problems().size() + e.omitted(), problemLimit, lang);
    } catch (JixiaoException e) {
      err.println("--rulebooks " + directory + ": " + lang.say(e.said()));
    } catch (RuntimeException | Error e) {
      err.println("--rulebooks " + directory + ": " + lang.say(Unusable.of(e, directory).said()));
    }
    return false;
  }

  /**
   * The rulebook for {@code evaluation} and why: the one it names, else the catalogue's choice by
   * region and year.
   *
   * @throws Unusable if it names one the catalogue does not have, or none or several apply
   */
  RulebookChoice choose(SelfEvaluation evaluation) {
    try {
      return catalogue.forEvaluation(evaluation);
    } catch (RulebookCatalogueException e) {
      throw new Unusable(Unusable.RULEBOOK, e.path().orElse(null), Message.of(
          "cli.rulebook.choose", Argument.message("reason", e.said()), RULEBOOK_OPTION), e);
    }
  }

  /**
   * The rulebook for {@code evaluation}, if one applies: as {@link #choose}, but empty when the
   * document names none and none applies ({@code check} then runs the checks that need no
   * rulebook).
   *
   * @throws Unusable if it names one the catalogue does not have
   */
  Optional<RulebookChoice> chooseIfAny(SelfEvaluation evaluation) {
    if (evaluation.getRulebook().isPresent()) {
      return Optional.of(choose(evaluation));
    }
    try {
      return Optional.of(catalogue.forEvaluation(evaluation));
    } catch (RulebookCatalogueException e) {
      return Optional.empty();
    }
  }

  /**
   * The rulebook {@code option} names: a built-in id, or a file holding a rulebook document whose
   * every rule type the scorer has registered; empty after reporting on standard error why it
   * names none. Problems of the file are reported as the scorer's {@link Scorer#verify}
   * finds them.
   */
  Optional<Rulebook> rulebook(String option) {
    return rulebook(option, true, "--rulebook ");
  }

  /**
   * As {@link #rulebook(String)}; with {@code verify} false, a file's rules are not checked
   * against the scorer's registry ({@code rulebook show} shows a rule it does not know as such);
   * {@code said} starts each line of a problem ({@code "--rulebook "}, or nothing).
   */
  Optional<Rulebook> rulebook(String option, boolean verify, String said) {
    Optional<Rulebook> builtIn = catalogue.byId(option);
    if (builtIn.isPresent()) {
      return builtIn;
    }
    Path file = Path.of(option);
    if (!Files.isRegularFile(file)) {
      err.println(said + option + ": " + lang.say("cli.rulebook.neither", builtIns()));
      return Optional.empty();
    }
    try {
      if (json.readAny(file) instanceof Rulebook rulebook) {
        List<String> problems = verify ? RulebookFileProblems.of(rulebook, file,
            verifier, lang, problemLimit) : List.of();
        problems.forEach(err::println);
        return problems.isEmpty() ? Optional.of(rulebook) : Optional.empty();
      }
      err.println(said + file + ": $.format: " + lang.say("cli.rulebook.not-a-rulebook"));
    } catch (JsonDocumentException e) {
      ProblemLines.print(err, e.source().orElse(file.toString()), e.problems(),
          e.problems().size() + e.omitted(), problemLimit, lang);
    } catch (RuntimeException | Error e) {
      // Jixiao's fault or the VM's, not the rulebook's: one line, as for any document
      err.println(said + file + ": " + lang.say(Unusable.of(e, file).said()));
    }
    return Optional.empty();
  }

  /** The ids of the catalogue's rulebooks, as the argument {@code ids}. */
  private Argument builtIns() {
    return Argument.list("ids", catalogue.all().stream().map(Rulebook::getId).toList());
  }
}
