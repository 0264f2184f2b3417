package io.github.jixiao.fuzz;

import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.Review;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.TargetDeclaration;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.io.JsonDocumentException;
import io.github.jixiao.io.JsonProblem;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.declaration.TargetReview;
import io.github.jixiao.rules.monitoring.MonitoringLights;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringException;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * The properties (模糊测试性质) every fuzz test and every reproducer is held to: a reader either
 * accepts a document or refuses it with a {@link JsonDocumentException} whose problems each say
 * where and what in bounded text — nothing else escapes; an accepted document reads back equal
 * from what it writes, and writes the same bytes again; an accepted evaluation scores and checks
 * without an exception and without a JX-000 (check failed) finding, and its score card and check
 * report read back too. Each violation is an {@link AssertionError}, which Jazzer reports as a
 * finding.
 */
final class DocumentProperties {

  /**
   * Longest message, hint or JSON path a single problem may show: an unknown name echoed (at most
   * 40 characters, each escaped to at most 6: 240) in a message whose hint lists every field of
   * the largest type (a rulebook's 21 names, about 330 characters, since issues 17 and 18 added
   * {@code defaultCostCap} and {@code monitoring}), and the words around them. It was 500 before;
   * the listing grew, not the echo.
   */
  static final int MAX_PROBLEM_TEXT = 640;
  /** Longest {@link JsonDocumentException#getMessage()} of a refusal. */
  static final int MAX_EXCEPTION_MESSAGE = 200_000;

  private static final JixiaoJson JSON = JixiaoJson.standard();
  private static final String JX_000 = CheckCode.CHECK_FAILED.code();

  private DocumentProperties() {}

  /**
   * The document of {@code type} in {@code bytes}, or empty when the reader refuses it properly.
   *
   * @throws AssertionError if the refusal is not clear; any other exception propagates
   */
  static <T> Optional<T> read(DocumentType<T> type, byte[] bytes) {
    try {
      return Optional.of(JSON.read(type, new ByteArrayInputStream(bytes)));
    } catch (JsonDocumentException e) {
      assertClearRefusal(e);
      return Optional.empty();
    }
  }

  /** Every problem says where and what, in bounded text, and so does the whole message. */
  static void assertClearRefusal(JsonDocumentException e) {
    check(!e.problems().isEmpty(), "a refusal without problems");
    for (JsonProblem p : e.problems()) {
      check(p.jsonPath().startsWith("$"), "a problem without a JSON path: " + clip(p.jsonPath()));
      checkBounded("JSON path", p.jsonPath());
      String english = p.message(java.util.Locale.ENGLISH);
      String chinese = p.message(java.util.Locale.CHINESE);
      check(!english.isBlank() && !chinese.isBlank(), "a problem without a message at "
          + clip(p.jsonPath()));
      checkBounded("message", english);
      checkBounded("Chinese message", chinese);
      p.hint(java.util.Locale.ENGLISH).ifPresent(h -> checkBounded("hint", h));
      p.hint(java.util.Locale.CHINESE).ifPresent(h -> checkBounded("Chinese hint", h));
    }
    String message = e.getMessage();
    check(message != null && message.length() < MAX_EXCEPTION_MESSAGE, "a refusal whose message"
        + " has " + (message == null ? "no" : message.length()) + " characters (at most "
        + MAX_EXCEPTION_MESSAGE + ")");
  }

  /**
   * The properties of a document, of whichever type, that a reader accepted: it round-trips, an
   * evaluation or a rulebook scores and checks, a declaration is reviewed and a monitoring report
   * lit without an exception, a draft's evaluation (if it has one) is held as an evaluation.
   */
  static void assertAccepted(Object document) {
    if (document instanceof SelfEvaluation e) {
      assertAcceptedEvaluation(e);
    } else if (document instanceof Rulebook r) {
      assertAcceptedRulebook(r);
    } else if (document instanceof ScoreCard c) {
      assertRoundTrip(DocumentType.SCORE_CARD, c);
    } else if (document instanceof CheckReport r) {
      assertRoundTrip(DocumentType.CHECK_REPORT, r);
    } else if (document instanceof Review r) {
      assertRoundTrip(DocumentType.REVIEW, r);
    } else if (document instanceof TargetDeclaration d) {
      assertRoundTrip(DocumentType.TARGET_DECLARATION, d);
      TargetReview.review(d); // whatever is read can be reviewed: findings, never an exception
    } else if (document instanceof MonitoringReport m) {
      assertRoundTrip(DocumentType.MONITORING, m);
      MonitoringLights.of(m); // lit without a failure: a zero target or budget not applicable
    } else if (document instanceof DraftEvaluation d) {
      assertRoundTrip(DocumentType.DRAFT_EVALUATION, d);
      d.getEvaluation().ifPresent(DocumentProperties::assertAcceptedEvaluation);
    } else {
      throw new AssertionError("not a Jixiao document: " + document.getClass().getName());
    }
  }

  /**
   * Round trip, then scored under the built-in rulebook it names (or the one of its kind) and
   * checked: no exception, no JX-000, and the card and report read back.
   */
  static void assertAcceptedEvaluation(SelfEvaluation evaluation) {
    assertRoundTrip(DocumentType.SELF_EVALUATION, evaluation);
    Rulebook rulebook = rulebookFor(evaluation);
    ScoreCard card = Scorer.standard().score(evaluation, rulebook);
    assertRoundTrip(DocumentType.SCORE_CARD, card);
    CheckReport report = Checks.standard().run(evaluation, rulebook);
    assertNoFailedCheck(report);
    assertRoundTrip(DocumentType.CHECK_REPORT, report);
  }

  /**
   * Round trip, then the seed evaluation scored under it: the scorer may refuse with its
   * documented {@link ScoringException}; once it scores, the checks find no JX-000.
   */
  static void assertAcceptedRulebook(Rulebook rulebook) {
    assertRoundTrip(DocumentType.RULEBOOK, rulebook);
    SelfEvaluation seed = Seeds.evaluation();
    try {
      Scorer.standard().score(seed, rulebook);
    } catch (ScoringException refused) {
      return;
    }
    assertNoFailedCheck(Checks.standard().run(seed, rulebook));
  }

  /** {@code value} written, read back equal, and written again byte for byte the same. */
  static <T> void assertRoundTrip(DocumentType<T> type, T value) {
    String first = JSON.write(type, value);
    T again;
    try {
      again = JSON.read(type, first);
    } catch (JsonDocumentException e) {
      throw new AssertionError("Jixiao wrote a " + type.name() + " it refuses to read: "
          + clip(e.getMessage()), e);
    }
    check(value.equals(again), "a " + type.name() + " read back from what it wrote is not equal"
        + " to it; written: " + clip(first));
    String second = JSON.write(type, again);
    check(first.equals(second), "a " + type.name() + " written twice differs at character "
        + firstDifference(first, second) + ": " + clip(first));
  }

  /** The built-in rulebook the evaluation names when it is of its kind, else the one of its kind. */
  static Rulebook rulebookFor(SelfEvaluation evaluation) {
    return evaluation.getRulebook().flatMap(Rulebooks::byId)
        .filter(r -> r.getEvaluationKind().map(k -> k == evaluation.getKind()).orElse(true))
        .orElseGet(() -> evaluation.getKind() == EvaluationKind.PROJECT
            ? Rulebooks.mofProject2020() : Rulebooks.guangzhouDepartment2021());
  }

  private static void assertNoFailedCheck(CheckReport report) {
    for (Finding f : report.getFindings()) {
      check(!f.getCode().equals(JX_000), "check " + f.getCheckCode() + " failed (JX-000): "
          + clip(f.message(java.util.Locale.ENGLISH)));
    }
  }

  /** Bounded, and on one line: no control character or bidi override echoed from the input. */
  static void checkBounded(String what, String text) {
    check(text.length() < MAX_PROBLEM_TEXT, "a problem's " + what + " has " + text.length()
        + " characters (at most " + MAX_PROBLEM_TEXT + "): " + clip(text));
    text.codePoints().filter(DocumentProperties::unsafeToPrint).findFirst().ifPresent(c -> {
      throw new AssertionError(String.format("a problem's %s shows the raw character U+%04X: %s",
          what, c, clip(text).replaceAll("\\p{Cc}", "?")));
    });
  }

  /**
   * A reader's refusal that says what in both languages: each message not blank, bounded and
   * printable.
   */
  static void assertSaidInBothLanguages(io.github.jixiao.core.message.JixiaoException e) {
    for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.ENGLISH,
        java.util.Locale.CHINESE}) {
      check(!e.message(locale).isBlank(), "a refusal without a message");
      checkBounded("message", e.message(locale));
    }
  }

  /** Nothing if {@code holds}, else an {@link AssertionError} saying {@code violation}. */
  static void holds(boolean holds, String violation) {
    check(holds, violation);
  }

  private static boolean unsafeToPrint(int c) {
    return Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  private static void check(boolean holds, String violation) {
    if (!holds) {
      throw new AssertionError(violation);
    }
  }

  private static int firstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return n;
  }

  /** At most 300 characters of {@code text}: a failure must not drown the report. */
  static String clip(String text) {
    return text == null || text.length() <= 300 ? text
        : text.substring(0, 300) + "… (" + text.length() + " characters)";
  }
}
