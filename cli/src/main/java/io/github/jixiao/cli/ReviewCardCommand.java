package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.Review;
import io.github.jixiao.core.ReviewedEvaluation;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.excel.ImportOptions;
import io.github.jixiao.excel.ReviewedSheet;
import io.github.jixiao.excel.SkippedSheet;
import io.github.jixiao.excel.WorkpaperResult;
import io.github.jixiao.excel.read.ExcelWorkpapers;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.review.ReviewCard;
import io.github.jixiao.rules.review.ReviewCards;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao review-card REVIEW}: a review (复核) beside the self-evaluation it is of — per
 * indicator and for the total the unit's score, the rules' and the reviewer's side by side with
 * 偏离度, the grades before and after, the indicators the review changed most, and the review's
 * own problems. REVIEW is a {@code jixiao/review/1} document, whose evaluation is {@code
 * --evaluation FILE}, else the file it names, relative to it; or a reviewer's workpaper (复核底稿,
 * {@code .xlsx}, {@code .xls}), read against {@code --evaluation FILE} into a card per project
 * sheet, each with what the reading noted, and saved as review documents with {@code -o DIR}.
 * {@code --json} prints the cards as JSON. Exit 1 when a review has a problem of severity error
 * or a workpaper row could not be read.
 */
@Command(name = "review-card", mixinStandardHelpOptions = true)
final class ReviewCardCommand extends DocumentCommand {

  @Option(names = "--evaluation", paramLabel = "${bundle:cli.label.file}",
      descriptionKey = "cli.option.review-evaluation")
  Path evaluationFile;

  @Option(names = "--json", descriptionKey = "cli.option.json")
  boolean json;

  @Option(names = {"-o", "--output"}, paramLabel = "${bundle:cli.label.directory}",
      descriptionKey = "cli.option.review-output")
  Path output;

  @Mixin
  RulebookOption rulebook;

  @Parameters(paramLabel = "${bundle:cli.label.file}", descriptionKey = "cli.param.review")
  Path file;

  /** One card made: where its review was read, the review, the card, and the sheet if any. */
  private record Made(String where, Review review, ReviewCard card,
      Optional<ReviewedSheet> sheet) {}

  @Override
  public Integer call() {
    Documents documents = new Documents(err(), lang, problemLimit());
    if (!rulebook.resolve(documents)) {
      return Jixiao.BAD_INPUT;
    }
    boolean workpaper = Workbooks.isWorkbook(file);
    if (output != null && !workpaper) {
      return usage("cli.review.output-needs-workpaper", Argument.text("option", "-o"));
    }
    if (workpaper && evaluationFile == null) {
      return usage("cli.review.workpaper-needs-evaluation",
          Argument.text("option", "--evaluation"));
    }
    Review review = null;
    if (!workpaper) {
      try {
        review = JixiaoJson.standard().read(DocumentType.REVIEW, file);
      } catch (RuntimeException | Error e) {
        return failure(file, e);
      }
    }
    Optional<Path> of = Optional.ofNullable(evaluationFile).or(evaluationNamedBy(review));
    if (of.isEmpty()) {
      return usage("cli.review.no-evaluation", Argument.text("option", "--evaluation"));
    }
    SelfEvaluation evaluation;
    Rulebook rules;
    ScoreCard scored;
    try {
      evaluation = evaluation(documents, of.get());
      rules = rulebook.choice(evaluation, documents).rulebook();
      scored = rulebook.scorer().score(evaluation, rules);
    } catch (RuntimeException | Error e) {
      return failure(of.get(), e);
    }
    List<Made> made;
    if (workpaper) {
      WorkpaperResult read;
      try {
        read = ExcelWorkpapers.standard().read(file, evaluation);
      } catch (RuntimeException | Error e) {
        return failure(file, e);
      }
      made = read.sheets().stream().map(s -> new Made(file + " " + s.sheet(), s.review(),
          ReviewCards.of(s.review(), evaluation, rules, scored), Optional.of(s))).toList();
      for (SkippedSheet skipped : read.skipped()) {
        err().println(file + " " + skipped.sheet() + ": " + lang.say("cli.import.skipped",
            Argument.message("reason", skipped.reason())));
      }
    } else {
      made = List.of(new Made(file.toString(), review, ReviewCards.of(review, evaluation, rules,
          scored), Optional.empty()));
    }
    if (output != null && !save(made, of.get())) {
      return Jixiao.BAD_INPUT;
    }
    print(made);
    boolean errors = made.stream().anyMatch(m -> m.card().hasErrors()
        || m.sheet().map(ReviewedSheet::hasErrors).orElse(false));
    return errors ? Jixiao.ERROR_FINDINGS : Jixiao.OK;
  }

  private java.util.function.Supplier<Optional<Path>> evaluationNamedBy(Review review) {
    return () -> Optional.ofNullable(review).flatMap(r -> r.getEvaluation().getFile())
        .map(f -> Optional.ofNullable(file.getParent()).map(p -> p.resolve(f))
            .orElse(Path.of(f)));
  }

  /** The evaluation in {@code of}: a JSON document, or a workbook of one project sheet. */
  private SelfEvaluation evaluation(Documents documents, Path of) {
    List<Documents.Named> all = documents.evaluations(of, ImportOptions.none());
    if (all.size() != 1) {
      throw new Unusable(Unusable.FILE, null, io.github.jixiao.core.message.Message.of(
          "cli.review.evaluation-sheets", Argument.number("count", all.size())));
    }
    return all.get(0).evaluation();
  }

  private void print(List<Made> made) {
    if (json) {
      // JSON Lines: a card a line, one sheet or many
      ReviewCardJson report = new ReviewCardJson(lang);
      for (Made m : made) {
        out().lines(JsonReport.line(report.card(m.sheet().isPresent() ? file.toString()
            : m.where(), m.review().getReviewer(), m.card(), m.sheet())));
      }
    } else {
      ReviewCardText text = new ReviewCardText(out(), lang);
      for (int i = 0; i < made.size(); i++) {
        if (i > 0) {
          out().println("=".repeat(78));
          out().println();
        }
        Made m = made.get(i);
        text.print(m.where(), m.review().getReviewer(), m.card(), m.sheet());
      }
    }
    out().flush();
    err().flush();
  }

  /**
   * Saves each sheet's review in {@code output} as a {@code jixiao/review/1} document named after
   * the sheet, the evaluation named by its path relative to the directory.
   */
  private boolean save(List<Made> made, Path evaluation) {
    JixiaoJson documents = JixiaoJson.standard();
    for (Made m : made) {
      Path to = output.resolve(ImportCommand.fileName(m.sheet().orElseThrow().sheet()));
      try {
        Files.createDirectories(output);
        Path relative = output.toAbsolutePath().normalize()
            .relativize(evaluation.toAbsolutePath().normalize());
        Review named = m.review().withEvaluation(ReviewedEvaluation.builder()
            .from(m.review().getEvaluation()).file(relative.toString().replace('\\', '/'))
            .build());
        documents.write(DocumentType.REVIEW, named, to);
      } catch (java.io.IOException | RuntimeException e) {
        failure(to, e);
        return false;
      }
      err().println(lang.say("cli.review.written", Argument.text("sheet",
          m.sheet().orElseThrow().sheet()), Argument.text("file", to.toString())));
    }
    return true;
  }

  private int usage(String key, Argument... arguments) {
    err().println(file + ": " + lang.say(key, arguments));
    err().flush();
    return Jixiao.BAD_INPUT;
  }

  /** Says why {@code at} cannot be done (with {@code --json} also as JSON); bad input. */
  private int failure(Path at, Throwable e) {
    Failure failure = failed(at, e);
    if (json) {
      ObjectNode o = JsonReport.object().put("file", at.toString());
      BatchCommand.problems(o, failure);
      out().lines(JsonReport.line(o));
      out().flush();
    }
    err().flush();
    return Jixiao.BAD_INPUT;
  }
}
