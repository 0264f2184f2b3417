package io.github.jixiao.examples;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Scoring a self-evaluation (绩效自评) through the API: read the JSON document, find the rulebook
 * (评分办法) it names, score it, and print every indicator's points (得分) with why.
 *
 * <p>Run from the repository root:
 *
 * <pre>{@code
 * java io.github.jixiao.examples.ScoreThroughTheApi examples/baiyun-2021/evaluation.json
 * }</pre>
 */
public final class ScoreThroughTheApi {

  private ScoreThroughTheApi() {}

  /**
   * Scores the document in {@code args[0]} (default: the Baiyun 2021 report, from the repository
   * root) and prints the card.
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/baiyun-2021/evaluation.json");
    print(score(file), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * The score card of the document in {@code file}, under the built-in rulebook the document
   * names.
   *
   * @throws IllegalArgumentException if the document names no rulebook, or none that is built in
   */
  public static ScoreCard score(Path file) {
    SelfEvaluation evaluation = JixiaoJson.standard().readEvaluation(file);
    String id = evaluation.getRulebook().orElseThrow(() -> new IllegalArgumentException(
        file + " names no rulebook (\"rulebook\": one of " + Rulebooks.all().stream()
            .map(Rulebook::getId).toList() + ")"));
    Rulebook rulebook = Rulebooks.byId(id)
        .orElseThrow(() -> new IllegalArgumentException("no built-in rulebook '" + id + "'"));
    return Scorer.standard().score(evaluation, rulebook);
  }

  /** Prints the card: one line per indicator, then the total and the grade. */
  public static void print(ScoreCard card, PrintStream out) {
    out.println(card.getDepartment() + " " + card.getFiscalYear() + " — " + card.getRulebookTitle());
    for (IndicatorScore line : card.getIndicators()) {
      out.printf("%-6s %s  %s / %s  %s%n", line.getCode(), line.getName(),
          line.getPoints().toPlainString(), line.getWeight().toPlainString(),
          line.explain(Locale.SIMPLIFIED_CHINESE));
    }
    // A card on which nothing could be scored has no total and no grade; its notes say why.
    out.println(card.getTotal().map(t -> "总分 " + t.toPlainString()).orElse("无总分")
        + card.getGrade().map(g -> "  等级 " + g.label()).orElse("")
        + card.getClaimedTotal().map(c -> "  自评 " + c.toPlainString()).orElse(""));
  }
}
