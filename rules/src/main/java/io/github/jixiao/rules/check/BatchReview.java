package io.github.jixiao.rules.check;

import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.rules.result.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The review of a set of evaluations of one department or bureau (批量复核), fed one evaluation at
 * a time as a batch is read, holding only what its findings need: JX-801 every project (two or
 * more) self-scored 100; JX-802 a text of at least {@value #SHORTEST_COPIED} characters — a
 * deviation reason, a completion note, a problem, an improvement — written word for word in the
 * evaluations of two or more departments (another unit's template copied). Bounded: at most
 * {@value #MOST_TEXTS} texts of their first {@value #LONGEST_COMPARED} characters, each with at
 * most {@value #MOST_SOURCES} documents named. Not thread-safe.
 */
public final class BatchReview {

  /** A text shorter than this is not taken for a copied one: "无", "已完成" are everyone's. */
  static final int SHORTEST_COPIED = 20;
  /** The most texts remembered; beyond, new texts are not compared (the batch is huge). */
  static final int MOST_TEXTS = 200_000;
  /** A longer text is compared by its first this many characters. */
  static final int LONGEST_COMPARED = 500;
  /** The most documents named for one copied text; the count of units is kept whole. */
  static final int MOST_SOURCES = 5;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private int projects;
  private int projectsAtHundred;
  private final Map<String, Set<String>> departmentsByText = new LinkedHashMap<>();
  private final Map<String, Set<String>> sourcesByText = new LinkedHashMap<>();

  /** Takes {@code evaluation}, read from {@code source} (a file, a file and sheet). */
  public void add(String source, SelfEvaluation evaluation) {
    Objects.requireNonNull(source, "source");
    if (evaluation.getKind() == EvaluationKind.PROJECT) {
      projects++;
      if (evaluation.getClaimedTotal().map(t -> t.compareTo(HUNDRED) == 0).orElse(false)) {
        projectsAtHundred++;
      }
    }
    String department = evaluation.getDepartment().getCode();
    List<String> texts = new ArrayList<>();
    for (IndicatorEntry entry : evaluation.getEntries()) {
      entry.getDeviationReason().ifPresent(texts::add);
      entry.getCompletion().ifPresent(texts::add);
    }
    evaluation.getProblems().stream().map(Problem::getText).forEach(texts::add);
    evaluation.getImprovements().forEach(i -> texts.add(i.getText()));
    for (String text : texts) {
      String stripped = text.strip();
      String t = stripped.length() > LONGEST_COMPARED ? stripped.substring(0, LONGEST_COMPARED)
          : stripped;
      if (t.length() < SHORTEST_COPIED
          || (departmentsByText.size() >= MOST_TEXTS && !departmentsByText.containsKey(t))) {
        continue;
      }
      departmentsByText.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(department);
      Set<String> sources = sourcesByText.computeIfAbsent(t, k -> new LinkedHashSet<>());
      if (sources.size() < MOST_SOURCES) {
        sources.add(source);
      }
    }
  }

  /** The batch's findings, in code order, then in the order the texts were first read. */
  public List<BatchFinding> findings() {
    List<BatchFinding> found = new ArrayList<>();
    if (projects >= 2 && projectsAtHundred == projects) {
      found.add(new BatchFinding("JX-801", Severity.WARNING, Message.of(
          "check.batch.all-hundred", Argument.number("count", projects)), List.of()));
    }
    departmentsByText.forEach((text, departments) -> {
      if (departments.size() >= 2) {
        List<String> sources = List.copyOf(sourcesByText.get(text));
        found.add(new BatchFinding("JX-802", Severity.WARNING, Message.of("check.batch.copied",
            Argument.text("text", Echo.text(text)),
            Argument.number("count", departments.size()),
            Argument.text("sources", Echo.text(String.join("、", sources)))), sources));
      }
    });
    return found;
  }

  /**
   * A finding about a batch (批量复核发现): its code, severity and message, and the documents it is
   * about.
   *
   * @param code {@code JX-801} or {@code JX-802}
   * @param severity how serious
   * @param message what was found, in both languages
   * @param sources the documents concerned, the first few (empty: the whole batch)
   */
  public record BatchFinding(String code, Severity severity, Message message,
      List<String> sources) {

    /** Copies the list. */
    public BatchFinding {
      sources = List.copyOf(sources);
    }
  }
}
