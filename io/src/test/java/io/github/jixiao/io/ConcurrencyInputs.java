package io.github.jixiao.io;

import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.Extraction;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.ReportFormat;
import io.github.jixiao.core.ReportSource;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.TargetDeclaration;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.testkit.JixiaoGens;
import io.github.jixiao.testkit.RandomSource;
import io.github.jixiao.testkit.RulebookGens;
import io.github.jixiao.testkit.RulebookGens.Scorable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The real inputs the concurrency tests (并发测试) share: the example documents of {@code
 * examples/} and values the testkit generates from fixed seeds, so that a failure replays.
 */
final class ConcurrencyInputs {

  static final Path EXAMPLES = Path.of("..", "examples");
  static final JixiaoJson JSON = JixiaoJson.standard();

  private static final long SEED = 2021;

  private ConcurrencyInputs() {}

  /**
   * Evaluations with the rulebook each is scored under: the Baiyun and training examples under
   * the rulebook the catalogue chooses, and the testkit's under the rulebooks generated with them.
   */
  static List<Scorable> scorable() {
    List<Scorable> all = new ArrayList<>();
    for (String example : List.of("baiyun-2021", "training-2021")) {
      SelfEvaluation evaluation = JSON.readEvaluation(
          EXAMPLES.resolve(example).resolve("evaluation.json"));
      all.add(new Scorable(evaluation, Rulebooks.forEvaluation(evaluation).rulebook()));
    }
    RandomSource source = RandomSource.seeded(SEED);
    for (int i = 0; i < 10; i++) {
      all.add(RulebookGens.scorable().generate(source));
    }
    return all;
  }

  /**
   * Pairs the scorer refuses, with a {@code ScoringException}: the Baiyun report (部门整体支出)
   * under a project rulebook, and under the custom-rule example's rulebook, whose rule is a
   * plug-in the standard scorer does not know.
   */
  static List<Scorable> refused() {
    SelfEvaluation baiyun = scorable().get(0).evaluation();
    Rulebook custom = JSON.readRulebook(EXAMPLES.resolve("custom-rule").resolve("rulebook.json"));
    return List.of(new Scorable(baiyun, Rulebooks.mofProject2020()),
        new Scorable(baiyun, custom));
  }

  /** One document of each type, and more: every value here is written and read concurrently. */
  static List<Document<?>> documents() {
    List<Document<?>> all = new ArrayList<>();
    RandomSource source = RandomSource.seeded(SEED);
    for (Scorable s : scorable()) {
      all.add(new Document<>(DocumentType.SELF_EVALUATION, s.evaluation()));
      all.add(new Document<>(DocumentType.RULEBOOK, s.rulebook()));
      all.add(new Document<>(DocumentType.SCORE_CARD,
          Scorer.standard().score(s.evaluation(), s.rulebook())));
      all.add(new Document<>(DocumentType.CHECK_REPORT,
          Checks.standard().run(s.evaluation(), s.rulebook())));
      all.add(new Document<>(DocumentType.REVIEW,
          JixiaoGens.reviews(s.evaluation()).generate(source)));
    }
    all.add(new Document<>(DocumentType.REVIEW, JSON.read(DocumentType.REVIEW,
        EXAMPLES.resolve("baiyun-2021").resolve("review.json"))));
    all.add(new Document<>(DocumentType.TARGET_DECLARATION, JSON.read(
        DocumentType.TARGET_DECLARATION, EXAMPLES.resolve("training-2021").resolve("declaration.json"))));
    for (String example : List.of("baiyun-2021", "training-2021")) {
      all.add(new Document<>(DocumentType.MONITORING, JSON.read(DocumentType.MONITORING,
          EXAMPLES.resolve(example).resolve("monitoring-2021-07.json"))));
    }
    for (Scorable s : scorable().subList(0, 2)) {
      all.add(new Document<>(DocumentType.DRAFT_EVALUATION, draft(s.evaluation())));
    }
    for (int i = 0; i < 6; i++) {
      TargetDeclaration declaration = JixiaoGens.targetDeclarations().generate(source);
      MonitoringReport report = JixiaoGens.monitoringReports().generate(source);
      all.add(new Document<>(DocumentType.TARGET_DECLARATION, declaration));
      all.add(new Document<>(DocumentType.MONITORING, report));
    }
    return all;
  }

  /** A draft (绩效自评提取稿) of {@code evaluation}, as the report reader leaves one. */
  private static DraftEvaluation draft(SelfEvaluation evaluation) {
    return DraftEvaluation.builder().evaluation(evaluation).extraction(Extraction.builder()
        .report(ReportSource.builder().file("report.txt").format(ReportFormat.TEXT)
            .encoding("UTF-8").paragraphs(80).build())
        .addNotFound("budget.initial", "staffing")
        .addNotes("报告未载明地区：记为“未载明”").build()).build();
  }

  /** A document's type and value, and the text Jixiao writes for it. */
  record Document<T>(DocumentType<T> type, T value) {
    String text() {
      return JSON.write(type, value);
    }
  }

  /** A card in words: every indicator's explanation and the notes, in Chinese and English. */
  static String words(ScoreCard card) {
    StringBuilder words = new StringBuilder(card.toString());
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      for (IndicatorScore score : card.getIndicators()) {
        words.append('\n').append(score.getCode()).append(' ').append(score.explain(locale));
      }
      card.getNotes().forEach(note -> words.append('\n').append(note.render(locale)));
    }
    return words.toString();
  }

  /** Findings in words, in Chinese and English. */
  static String words(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.getCode() + " " + f.getPath() + " " + f.message(Locale.SIMPLIFIED_CHINESE)
            + " | " + f.message(Locale.ENGLISH))
        .collect(Collectors.joining("\n"));
  }
}
