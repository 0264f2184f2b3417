package io.github.jixiao.cli;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao render FILE}: the score card (评分表) of one self-evaluation as a 自评表-style table,
 * in Markdown (default) or HTML, on standard output.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Render the score card of a self-evaluation as a 自评表-style table.")
final class RenderCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "markdown|html", defaultValue = "markdown",
      description = "Output format: markdown (default) or html.")
  TableReport.Format format = TableReport.Format.MARKDOWN;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of the output: zh (中文, default) or en.")
  Lang lang = Lang.ZH;

  @Option(names = "--rulebook", paramLabel = "ID|FILE",
      description = "Rulebook to score under. Default: the one the document names.")
  String rulebook;

  @Parameters(paramLabel = "FILE", description = "A self-evaluation document.")
  Path file;

  @Override
  public Integer call() {
    Documents documents = new Documents(spec.commandLine().getErr(), lang);
    Optional<SelfEvaluation> evaluation = documents.evaluation(file);
    Optional<Rulebook> rules = evaluation.flatMap(e -> documents.rulebook(file, e, rulebook));
    if (rules.isEmpty()) {
      return Jixiao.BAD_INPUT;
    }
    ScoreCard card;
    try {
      card = Scorer.standard().score(evaluation.get(), rules.get());
    } catch (ScoringException e) {
      spec.commandLine().getErr().println(file + ": " + lang.pick("无法评分：", "cannot score: ")
          + e.getMessage());
      return Jixiao.BAD_INPUT;
    }
    spec.commandLine().getOut().print(new TableReport(lang).render(card, format));
    spec.commandLine().getOut().flush();
    return Jixiao.OK;
  }
}
