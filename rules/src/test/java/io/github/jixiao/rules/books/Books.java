package io.github.jixiao.rules.books;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.lint.LintProblem;
import io.github.jixiao.rules.lint.RulebookLint;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the tests of the shipped rulebooks share: a rulebook from the catalogue, checked as {@code
 * jixiao rulebook check} checks it, and small builders for the rows of an evaluation's own table
 * (自评表). Every figure a test builds is its own, chosen to exercise a published rule; none is a
 * real unit's.
 */
final class Books {

  private Books() {}

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /**
   * The shipped rulebook {@code id}, after asserting that the scorer can score it ({@code
   * Scorer.verify}) and that the rulebook check reports no problem but {@code expectedLint}
   * (codes of the {@code LintCode} register, in order).
   */
  static Rulebook loaded(String id, String... expectedLint) {
    Rulebook book = Rulebooks.byId(id).orElseThrow(() -> new AssertionError("no rulebook " + id));
    assertThat(Scorer.standard().verify(book)).as(id + ": Scorer.verify").isEmpty();
    List<LintProblem> problems = RulebookLint.standard().check(book, Scorer.standard());
    assertThat(problems).as(id + ": rulebook check").extracting(LintProblem::code)
        .containsExactly(expectedLint);
    return book;
  }

  static ScoreCard score(io.github.jixiao.core.SelfEvaluation evaluation, Rulebook book) {
    return Scorer.standard().score(evaluation, book);
  }

  static Department department(String name, GovernmentLevel level, String region) {
    return Department.builder().code("demo").name(name).level(level).region(region)
        .kind(DepartmentKind.ADMINISTRATIVE).build();
  }

  /** A group (一级/二级指标) of the table. */
  static Indicator group(String code, String name, String parent, String weight) {
    Indicator.Builder i = Indicator.builder().code(code).name(name).level(level(code))
        .weight(d(weight)).kind(IndicatorKind.QUALITATIVE);
    if (parent != null) {
      i.parentCode(parent);
    }
    return i.build();
  }

  /** A quantitative leaf of the table, {@code direction} against {@code target}. */
  static Indicator quantitative(String code, String name, String parent, String weight,
      Direction direction, String target, String unit) {
    Indicator.Builder i = Indicator.builder().code(code).name(name).level(level(code))
        .weight(d(weight)).kind(IndicatorKind.QUANTITATIVE).direction(direction)
        .target(d(target)).unit(unit);
    if (parent != null) {
      i.parentCode(parent);
    }
    return i.build();
  }

  /** A qualitative leaf of the table. */
  static Indicator qualitative(String code, String name, String parent, String weight) {
    return group(code, name, parent, weight);
  }

  /** The entry of a quantitative leaf: its actual value. */
  static IndicatorEntry actual(String code, String actual) {
    return IndicatorEntry.builder().indicatorCode(code).actual(d(actual)).build();
  }

  /** The entry of a qualitative leaf: its level, and the points the unit chose (or null). */
  static IndicatorEntry level(String code, QualitativeLevel level, String claimed) {
    IndicatorEntry.Builder e = IndicatorEntry.builder().indicatorCode(code).level(level);
    if (claimed != null) {
      e.claimedScore(d(claimed));
    }
    return e.build();
  }

  // 1 → 1, 02.1 → 2, 2.1.3 → 3: a code's level is its number of parts.
  private static int level(String code) {
    return code.split("\\.").length;
  }
}
