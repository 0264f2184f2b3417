package io.github.jixiao.testkit;

import io.github.jixiao.core.Department;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builders filled with a value's parts, to build a copy with one thing added or changed. Core's
 * builders are strict (no {@code from}, each part set once), so a copy is spelled out here, once
 * per type: every part of the original is kept unless a change names it.
 */
final class Copies {

  private Copies() {}

  static Department.Builder department(Department d) {
    Department.Builder copy = Department.builder().code(d.getCode()).name(d.getName())
        .level(d.getLevel()).region(d.getRegion()).kind(d.getKind()).addAllDuties(d.getDuties())
        .addAllUnits(d.getUnits());
    d.getStaffing().ifPresent(copy::staffing);
    return copy;
  }

  /** A builder holding every part of {@code e}. */
  static SelfEvaluation.Builder evaluation(SelfEvaluation e) {
    return evaluation(e, new EvaluationChanges());
  }

  /** A builder holding every part of {@code e} but its fiscal year, which is {@code fiscalYear}. */
  static SelfEvaluation.Builder evaluation(SelfEvaluation e, int fiscalYear) {
    return evaluation(e, new EvaluationChanges().fiscalYear(fiscalYear));
  }

  /** A builder holding every part of {@code e}, those {@code changes} names changed. */
  static SelfEvaluation.Builder evaluation(SelfEvaluation e, EvaluationChanges changes) {
    SelfEvaluation.Builder copy = SelfEvaluation.builder().kind(e.getKind())
        .fiscalYear(changes.fiscalYear != null ? changes.fiscalYear : e.getFiscalYear())
        .department(e.getDepartment()).budget(e.getBudget()).addAllTasks(e.getTasks())
        .addAllProjects(e.getProjects()).addAllIndicators(e.getIndicators())
        .addAllEntries(changes.entries != null ? changes.entries : e.getEntries())
        .addAllDeductions(e.getDeductions())
        .addAllProblems(e.getProblems()).addAllImprovements(e.getImprovements())
        .addAllStatedFigures(changes.statedFigures != null ? changes.statedFigures
            : e.getStatedFigures())
        .addAllNarrativeClaims(e.getNarrativeClaims());
    e.getTitle().ifPresent(copy::title);
    e.getRulebook().ifPresent(copy::rulebook);
    (changes.claimedTotal != null ? changes.claimedTotal : e.getClaimedTotal())
        .ifPresent(copy::claimedTotal);
    (changes.claimedGrade != null ? changes.claimedGrade : e.getClaimedGrade())
        .ifPresent(copy::claimedGrade);
    return copy;
  }

  /** A builder holding every part of {@code e} but its claimed score, which is {@code claimed}. */
  static IndicatorEntry.Builder entry(IndicatorEntry e, Optional<BigDecimal> claimed) {
    IndicatorEntry.Builder copy = IndicatorEntry.builder().indicatorCode(e.getIndicatorCode());
    e.getActual().ifPresent(copy::actual);
    e.getActualText().ifPresent(copy::actualText);
    e.getLevel().ifPresent(copy::level);
    claimed.ifPresent(copy::claimedScore);
    e.getDeviationReason().ifPresent(copy::deviationReason);
    e.getAssumption().ifPresent(copy::assumption);
    return copy;
  }

  /** A builder holding every part of {@code f} but its stated value, which is {@code stated}. */
  static StatedFigure.Builder figure(StatedFigure f, BigDecimal stated) {
    StatedFigure.Builder copy = StatedFigure.builder().code(f.getCode()).name(f.getName())
        .kind(f.getKind()).statedValue(stated).precision(f.getPrecision());
    f.getUnit().ifPresent(copy::unit);
    f.getNumerator().ifPresent(copy::numerator);
    f.getDenominator().ifPresent(copy::denominator);
    f.getFormula().ifPresent(copy::formula);
    f.getQuote().ifPresent(copy::quote);
    f.getAssumption().ifPresent(copy::assumption);
    return copy;
  }

  /** What a copy of an evaluation changes; a part not named is the original's. */
  static final class EvaluationChanges {
    private Integer fiscalYear;
    private List<IndicatorEntry> entries;
    private List<StatedFigure> statedFigures;
    private Optional<BigDecimal> claimedTotal;
    private Optional<Grade> claimedGrade;

    EvaluationChanges fiscalYear(int year) {
      this.fiscalYear = year;
      return this;
    }

    EvaluationChanges entries(List<IndicatorEntry> changed) {
      this.entries = List.copyOf(changed);
      return this;
    }

    EvaluationChanges statedFigures(List<StatedFigure> changed) {
      this.statedFigures = List.copyOf(changed);
      return this;
    }

    EvaluationChanges claimedTotal(BigDecimal total) {
      this.claimedTotal = Optional.of(Objects.requireNonNull(total, "total"));
      return this;
    }

    EvaluationChanges claimedGrade(Grade grade) {
      this.claimedGrade = Optional.of(Objects.requireNonNull(grade, "grade"));
      return this;
    }
  }
}
