package io.github.jixiao.report.extract;

import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.report.ExtractionOptions;
import io.github.jixiao.report.ReportReadException;
import io.github.jixiao.report.ReportText;
import io.github.jixiao.report.read.ReportFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reports read into draft self-evaluations (自评报告提取): a report file, or its text already read,
 * into a {@link DraftEvaluation} — the self-evaluation its text gives and, for every value, the
 * sentence it was read from, its place and the rule's confidence; the items no rule found; what
 * was assumed. The draft is for a person to confirm: nothing in it is certain. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * DraftEvaluation draft = ReportDrafts.standard().draft(Path.of("2021年绩效自评报告.docx"));
 * draft.getEvaluation().ifPresent(e -> Checks.standard().run(e));   // the reviewer's checks
 * draft.getExtraction().getNotFound();                               // what to look for by hand
 * draft.getExtraction().itemOf("$.narrativeClaims[0]");              // the sentence of a finding
 * }</pre>
 */
public final class ReportDrafts {

  private static final ReportDrafts STANDARD =
      new ReportDrafts(ReportFiles.standard(), ExtractionOptions.none());

  private final ReportFiles files;
  private final ExtractionOptions options;

  private ReportDrafts(ReportFiles files, ExtractionOptions options) {
    this.files = files;
    this.options = options;
  }

  /** Extraction with the standard reader and no options: defaults are noted on the draft. */
  public static ReportDrafts standard() {
    return STANDARD;
  }

  /** This extraction with {@code options} (the unit's code, region, level, kind; the year). */
  public ReportDrafts withOptions(ExtractionOptions options) {
    return new ReportDrafts(files, Objects.requireNonNull(options, "options"));
  }

  /** This extraction reading files with {@code files} (its limits). */
  public ReportDrafts withFiles(ReportFiles files) {
    return new ReportDrafts(Objects.requireNonNull(files, "files"), options);
  }

  /**
   * Reads {@code file} and extracts its draft.
   *
   * @throws ReportReadException if the file cannot be read as a report
   */
  public DraftEvaluation draft(Path file) {
    return draft(files.read(file));
  }

  /**
   * What item {@code item} of {@link io.github.jixiao.core.Extraction#getNotFound()} or {@link
   * io.github.jixiao.core.ExtractedItem#getItem()} is called, in the reader's language: {@code
   * budget.initial} is 年初预算数 / the initial budget.
   */
  public static Message itemName(String item) {
    return Message.of("report.item." + Objects.requireNonNull(item, "item"));
  }

  /** The draft of a report's text already read. */
  public DraftEvaluation draft(ReportText text) {
    Objects.requireNonNull(text, "text");
    ExtractionRules rules = ExtractionRules.standard();
    View view = new View(text);
    List<Match> matches = new Scan(rules).run(view.sentences());
    Draft draft = new Draft();
    CoverReading.read(draft, matches, rules);
    BudgetReading.read(draft, matches);
    ScoreReading.read(draft, matches, rules);
    List<Match> taken = new ArrayList<>(Picks.of(matches, "budget.rate"));
    taken.addAll(Picks.of(matches, "claimedTotal"));
    FigureReading.read(draft, matches, taken);
    ClaimReading.read(draft, matches);
    ListReading.read(draft, view, rules, "problems");
    ListReading.read(draft, view, rules, "improvements");
    DutyReading.read(draft, view, rules);
    UnitReading.read(draft, matches, rules);
    StaffReading.read(draft, matches);
    return Assembly.make(draft, text, options);
  }
}
