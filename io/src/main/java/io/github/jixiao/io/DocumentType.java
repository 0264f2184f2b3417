package io.github.jixiao.io;

import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.Review;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.TargetDeclaration;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.List;
import java.util.Optional;

/**
 * A kind of Jixiao JSON document (文档类型) and the version of its format: a self-evaluation
 * (绩效自评) is {@code "format": "jixiao/self-evaluation/1"}. Every document names its format in a
 * top-level {@code "format"} field; a reader refuses a document whose format is missing, unknown,
 * or of another type.
 *
 * <p>The version is an integer that grows only when a document written by this version could be
 * read wrongly by an older reader; adding an optional field does not change it. A reader reads the
 * current version and the earlier ones it still understands ({@link #reads(String)}); a writer
 * writes only the current one.
 *
 * @param <T> the domain type of the document's content
 */
public final class DocumentType<T> {

  /** The prefix of every Jixiao format id. */
  static final String PREFIX = "jixiao/";

  /**
   * A performance self-evaluation (绩效自评): {@code jixiao/self-evaluation/2}. Version 2 holds what
   * a 自评表 holds (issue 16): the budget by funding source ({@code budget.funding}), 亿元 as a
   * unit, the overall target ({@code overallTarget}), an indicator's operator and its targets as
   * written, an entry's actual as written with how it was read and its completion note, and the
   * table a document was imported from ({@code source}: file, sheet, layout, cells, notes). A
   * version-1 reader refuses those fields one by one; naming version 2 makes it refuse the
   * document at once, by its format. Version 1, still read, is version 2 without them.
   */
  public static final DocumentType<SelfEvaluation> SELF_EVALUATION =
      new DocumentType<>("self-evaluation", 2, 1, SelfEvaluation.class);

  /**
   * A rulebook (评分规则表): the indicator tree with weights and scoring rules — built-in ones and
   * a user's own by type id and parameters — the grade scale and rounding:
   * {@code jixiao/rulebook/1}.
   */
  public static final DocumentType<Rulebook> RULEBOOK =
      new DocumentType<>("rulebook", 1, Rulebook.class);

  /**
   * A score card (评分结果): the points of every indicator with the rule applied, its inputs and
   * explanation, subtotals, total, grade and the difference from the claim:
   * {@code jixiao/score-card/4}. Version 4 says where the rulebook stands ({@code
   * rulebookStatus}, {@code rulebookNotice}) and may name the file the evaluation was read from
   * ({@code input}: its path and sheet), for a card among many in JSON Lines. Version 3 leaves
   * out the total and the grade when nothing could be scored, lists what was done with the
   * groups the table leaves empty ({@code weightMoves}) and explains a group's raised points;
   * version 2, still read as it is, writes each explanation
   * and note as a message — its key, its arguments (a number, a text, a nested message or a list)
   * and its rendering in Chinese and English ({@code "rendered"}); version 1, still read, wrote an
   * explanation's text arguments with an optional English form, read as a message of the two
   * words.
   */
  public static final DocumentType<ScoreCard> SCORE_CARD =
      new DocumentType<>("score-card", 4, 1, ScoreCard.class);

  /**
   * A check report (审核报告): the findings of a reviewer's consistency checks, each with its code,
   * severity, JSON path, message, expected and actual values, and the checks run and not run with
   * why not: {@code jixiao/check-report/4}. Version 4 may name the file the evaluation checked
   * was read from ({@code input}), and writes one code per finding: {@code checkCode} only when
   * it is not the finding's {@code code} (a check that failed, JX-000, names the check), read as
   * the code when absent. Version 3 writes each finding's message and each
   * skipped check's reason as a message — key, arguments and its rendering in Chinese and English
   * ({@code "rendered"}). Version 2, still read, wrote them as words once per language, read as a
   * message of those words; version 1 also wrote a finding's path bare ({@code
   * "budget.executed"}, {@code ""} for the whole), and such a path is read from the root.
   */
  public static final DocumentType<CheckReport> CHECK_REPORT =
      new DocumentType<>("check-report", 4, 1, CheckReport.class);

  /**
   * A review of a self-evaluation (自评复核): the self-evaluation it is of, by department code and
   * year, and the reviewer's rows — 复核完成值, 复核得分, 扣分 or 扣分比例 with the reason and the
   * evidence — and total and grade: {@code jixiao/review/1}.
   */
  public static final DocumentType<Review> REVIEW = new DocumentType<>("review", 1, Review.class);

  /**
   * A target declaration (绩效目标申报表): the unit, year and kind, the overall target, the money
   * requested and the indicators with their values — a row may lack its direction, value or unit,
   * which the target review reports rather than the reader refusing: {@code
   * jixiao/target-declaration/1}.
   */
  public static final DocumentType<TargetDeclaration> TARGET_DECLARATION =
      new DocumentType<>("target-declaration", 1, TargetDeclaration.class);

  /**
   * A mid-year monitoring report (绩效运行监控): the unit, year and month, the full-year budget and
   * the amount executed to date, and per indicator its annual target beside the current value
   * (当前完成值), 完成可能性, 偏差原因说明 and an adjustment (调整) with its reason:
   * {@code jixiao/monitoring/1}. The lights are computed, never stored.
   */
  public static final DocumentType<MonitoringReport> MONITORING =
      new DocumentType<>("monitoring", 1, MonitoringReport.class);

  /**
   * A draft self-evaluation read from a report (绩效自评提取稿): the self-evaluation as extracted
   * from a report's text (absent when the report lacks the budget figures or the year), and the
   * extraction — every item with the sentence, paragraph and range it was read from, its section
   * and confidence, the items not found and what was assumed: {@code jixiao/draft-evaluation/1}.
   * Its own document, so that a draft is never read, scored or filed as a confirmed
   * self-evaluation: a person confirms it first.
   */
  public static final DocumentType<DraftEvaluation> DRAFT_EVALUATION =
      new DocumentType<>("draft-evaluation", 1, DraftEvaluation.class);

  private static final List<DocumentType<?>> ALL =
      List.of(SELF_EVALUATION, RULEBOOK, SCORE_CARD, CHECK_REPORT, REVIEW, TARGET_DECLARATION,
          MONITORING, DRAFT_EVALUATION);

  private final String name;
  private final int version;
  private final int firstVersionRead;
  private final Class<T> valueType;

  private DocumentType(String name, int version, Class<T> valueType) {
    this(name, version, version, valueType);
  }

  private DocumentType(String name, int version, int firstVersionRead, Class<T> valueType) {
    this.name = name;
    this.version = version;
    this.firstVersionRead = firstVersionRead;
    this.valueType = valueType;
  }

  /** Every document type this version of Jixiao reads and writes. */
  public static List<DocumentType<?>> all() {
    return ALL;
  }

  /**
   * The type that reads format id {@code format} (e.g. {@code jixiao/self-evaluation/1}, or
   * {@code jixiao/check-report/1} of an earlier version still read), if any.
   */
  public static Optional<DocumentType<?>> forFormat(String format) {
    return ALL.stream().filter(t -> t.reads(format)).findFirst();
  }

  /** The document's name in its format id, e.g. {@code self-evaluation}. */
  public String name() {
    return name;
  }

  /** The version of the format this Jixiao writes and reads, e.g. 1. */
  public int version() {
    return version;
  }

  /** The earliest version of the format this Jixiao still reads; {@link #version()} for most. */
  public int firstVersionRead() {
    return firstVersionRead;
  }

  /**
   * Whether a document of format id {@code format} is read as this type: {@code
   * jixiao/check-report/4}, and {@code /3}, {@code /2} and {@code /1} too.
   */
  public boolean reads(String format) {
    for (int v = firstVersionRead; v <= version; v++) {
      if (format.equals(PREFIX + name + "/" + v)) {
        return true;
      }
    }
    return false;
  }

  /** The version of format id {@code format}, which this type {@linkplain #reads reads}. */
  int versionOf(String format) {
    return Integer.parseInt(format.substring(format.lastIndexOf('/') + 1));
  }

  /** The format id written in the document, e.g. {@code jixiao/self-evaluation/1}. */
  public String format() {
    return PREFIX + name + "/" + version;
  }

  /** The domain type of the document's content, e.g. {@link SelfEvaluation}. */
  public Class<T> valueType() {
    return valueType;
  }

  /** The classpath resource of the document's JSON Schema (draft 2020-12). */
  public String schemaResource() {
    return "/io/github/jixiao/io/schema/" + name + "-" + version + ".schema.json";
  }

  /** The format id. */
  @Override
  public String toString() {
    return format();
  }
}
