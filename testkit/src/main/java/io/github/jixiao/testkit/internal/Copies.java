package io.github.jixiao.testkit.internal;

import io.github.jixiao.core.Department;
import io.github.jixiao.core.SelfEvaluation;

/**
 * Builders filled with a value's parts, to build a copy with one thing added. Core's builders are
 * strict (no {@code from}): each part is set once, so a copy is spelled out here.
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

  static SelfEvaluation.Builder evaluation(SelfEvaluation e) {
    return evaluation(e, e.getFiscalYear());
  }

  static SelfEvaluation.Builder evaluation(SelfEvaluation e, int fiscalYear) {
    SelfEvaluation.Builder copy = SelfEvaluation.builder().kind(e.getKind()).fiscalYear(fiscalYear)
        .department(e.getDepartment()).budget(e.getBudget()).addAllTasks(e.getTasks())
        .addAllProjects(e.getProjects()).addAllIndicators(e.getIndicators())
        .addAllEntries(e.getEntries()).addAllDeductions(e.getDeductions())
        .addAllProblems(e.getProblems()).addAllImprovements(e.getImprovements())
        .addAllStatedFigures(e.getStatedFigures()).addAllNarrativeClaims(e.getNarrativeClaims());
    e.getTitle().ifPresent(copy::title);
    e.getRulebook().ifPresent(copy::rulebook);
    e.getClaimedTotal().ifPresent(copy::claimedTotal);
    e.getClaimedGrade().ifPresent(copy::claimedGrade);
    return copy;
  }
}
