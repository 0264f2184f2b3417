package io.github.jixiao.io;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Duty;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Improvement;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.OrganisationalUnit;
import io.github.jixiao.core.Payment;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.Staffing;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.Task;
import io.github.jixiao.core.ThreePublicExpenses;
import io.github.jixiao.testkit.Gen;
import io.github.jixiao.testkit.Source;
import java.math.BigDecimal;
import java.util.List;

/**
 * Self-evaluations at the edges of what a document can hold, for the writer's escaping and exact
 * decimals — what {@code jixiao-testkit}'s generators never draw, because they give consistent
 * evaluations in the methodology's own words with money in whole fen: text with quotes,
 * backslashes, slashes, control characters, U+2028 and characters outside the BMP; decimals of
 * every scale from 0 to 6 with up to 15 integer digits, negative wherever a measure may be;
 * counts up to {@code Integer.MAX_VALUE}; a parent outside the table. They are well-formed (core
 * accepts them) but not consistent: each slot of each kind is filled once or left out, since the
 * structure itself is the testkit's to vary. A {@link Gen}, so QuickTheories shrinks a failure.
 */
final class EdgeValues {

  private EdgeValues() {}

  private static final List<String> FIRST = List.of("预算", "A", "绩效", "x");

  private static final List<String> PIECES = List.of("预算", "绩效", "白云区", "a", "Z", "0", " ",
      "\"", "\\", "/", "\n", "\t", "\r", "\u0001", "\u001f", "\u007f", "\u2028", "😀", "％", "≥",
      "'", "{", "]", "<", "&");

  /** The most a 15-digit unscaled money value can be. */
  private static final long MOST = 999_999_999_999_999L;

  /** Text: never blank, with any of {@link #PIECES} after a plain start. */
  static Gen<String> texts() {
    return Gen.elements(FIRST).zip(Gen.elements(PIECES).list(0, 8),
        (first, rest) -> first + String.join("", rest));
  }

  /** Not negative, 0 to 6 decimals, at most 15 digits: often all nines. */
  static Gen<BigDecimal> money() {
    return source -> {
      int scale = source.intBetween(0, 6);
      long unscaled = source.nextBoolean() && source.nextBoolean() ? MOST
          : source.between(0, MOST);
      return BigDecimal.valueOf(unscaled, scale);
    };
  }

  /** Any sign, 0 to 6 decimals, at most 15 digits. */
  static Gen<BigDecimal> measures() {
    return money().zip(Gen.booleans(), (value, negative) -> negative ? value.negate() : value);
  }

  /** 0 or 2 decimals, below 1000, sometimes negative (a claim may be anything). */
  static Gen<BigDecimal> points() {
    return source -> {
      BigDecimal value = BigDecimal.valueOf(source.between(0, 99_999), 2);
      BigDecimal scaled = source.nextBoolean() ? value.setScale(0, java.math.RoundingMode.DOWN)
          : value;
      return source.between(0, 9) == 9 ? scaled.negate() : scaled;
    };
  }

  /** Above zero, 0 or 2 decimals, below 1000. */
  static Gen<BigDecimal> weights() {
    return points().map(p -> p.signum() == 0 ? new BigDecimal("0.01") : p.abs());
  }

  /** A self-evaluation with an edge value in every kind of slot. */
  static Gen<SelfEvaluation> evaluations() {
    return source -> {
      SelfEvaluation.Builder e = SelfEvaluation.builder()
          .kind(source.choose(List.of(EvaluationKind.values())))
          .fiscalYear(source.intBetween(2000, 2100))
          .department(department(source))
          .budget(budget(source));
      maybe(source, () -> e.title(text(source)));
      maybe(source, () -> e.rulebook(text(source)));
      maybe(source, () -> e.claimedTotal(points().generate(source)));
      maybe(source, () -> e.claimedGrade(source.choose(List.of(Grade.values()))));
      Task.Builder task = Task.builder().code(text(source)).title(text(source))
          .heading(text(source)).addDutyCode("duty");
      maybe(source, () -> task.key(source.nextBoolean()));
      maybe(source, () -> task.plannedCount(source.intBetween(0, Integer.MAX_VALUE)));
      maybe(source, () -> task.completedCount(source.intBetween(0, Integer.MAX_VALUE)));
      maybe(source, () -> task.assumption(text(source)));
      e.addTask(task.build());
      Project.Builder project = Project.builder().code(text(source)).name(text(source))
          .unit(source.choose(List.of(MoneyUnit.values())));
      maybe(source, () -> project.budget(money(source)));
      maybe(source, () -> project.executed(money(source)));
      maybe(source, () -> project.outcome(text(source)));
      e.addProject(project.build());
      indicators(source, e);
      StatedFigure.Builder figure = StatedFigure.builder().code(text(source)).name(text(source))
          .kind(source.choose(List.of(FigureKind.values()))).statedValue(measure(source));
      maybe(source, () -> figure.precision(6));
      maybe(source, () -> figure.numerator(measure(source)).denominator(measure(source)));
      maybe(source, () -> figure.unit(text(source)));
      maybe(source, () -> figure.formula(text(source)));
      maybe(source, () -> figure.quote(text(source)));
      e.addStatedFigure(figure.build());
      e.addNarrativeClaim(NarrativeClaim.builder()
          .kind(source.choose(List.of(ClaimKind.values()))).quote(text(source))
          .section(text(source)).build());
      e.addProblem(Problem.builder().text(text(source)).addArea(text(source))
          .addIndicatorCode(text(source)).build());
      e.addImprovement(Improvement.builder().text(text(source)).addArea(text(source)).build());
      return e.build();
    };
  }

  private static Department department(Source source) {
    Department.Builder d = Department.builder().code(text(source)).name(text(source))
        .level(source.choose(List.of(GovernmentLevel.values()))).region(text(source))
        .kind(source.choose(List.of(DepartmentKind.values())))
        .addDuty(Duty.builder().code("duty").text(text(source)).organ(text(source)).build())
        .addUnit(OrganisationalUnit.builder().code("unit").name(text(source))
            .category(text(source)).build())
        .addUnit(OrganisationalUnit.builder().code(text(source)).name(text(source))
            .parentCode("unit").build());
    maybe(source, () -> d.staffing(Staffing.builder()
        .authorisedPosts(source.intBetween(0, Integer.MAX_VALUE))
        .staffInPost(source.intBetween(0, Integer.MAX_VALUE)).build()));
    return d.build();
  }

  private static Budget budget(Source source) {
    Budget.Builder b = Budget.builder().fullYear(money(source)).executed(money(source))
        .unit(source.choose(List.of(MoneyUnit.values())));
    maybe(source, () -> b.initial(money(source)));
    maybe(source, () -> b.adjustments(measure(source)));
    maybe(source, () -> b.threePublic(ThreePublicExpenses.builder().overseasTrips(line(source))
        .vehicles(line(source)).hospitality(line(source)).build()));
    maybe(source, () -> b.procurement(line(source)));
    maybe(source, () -> b.carryOver(CarryOver.builder().atStart(money(source))
        .atEnd(money(source)).build()));
    maybe(source, () -> b.addPayment(Payment.builder().period(text(source))
        .planned(money(source)).paid(money(source)).build()));
    return b.build();
  }

  /** A quantitative leaf under a root, and a qualitative one whose parent is outside the table. */
  private static void indicators(Source source, SelfEvaluation.Builder e) {
    e.addIndicator(Indicator.builder().code("1").name(text(source)).level(1)
        .weight(weights().generate(source)).kind(IndicatorKind.QUALITATIVE).build());
    Indicator.Builder quantitative = Indicator.builder().code("1.1").name(text(source)).level(2)
        .parentCode("1").weight(weights().generate(source)).kind(IndicatorKind.QUANTITATIVE)
        .direction(source.choose(List.of(Direction.values())));
    maybe(source, () -> quantitative.target(measure(source)));
    maybe(source, () -> quantitative.unit(text(source)));
    maybe(source, () -> quantitative.formula(text(source)));
    e.addIndicator(quantitative.build());
    // A parent outside the table is allowed: the rulebook's tree may hold it.
    e.addIndicator(Indicator.builder().code("outside.1.1").name(text(source)).level(3)
        .parentCode("outside.1").weight(weights().generate(source))
        .kind(IndicatorKind.QUALITATIVE).targetText(text(source)).assumption(text(source))
        .build());
    IndicatorEntry.Builder entry = IndicatorEntry.builder().indicatorCode("1.1");
    maybe(source, () -> entry.actual(measure(source)));
    maybe(source, () -> entry.claimedScore(points().generate(source)));
    maybe(source, () -> entry.deviationReason(text(source)));
    e.addEntry(entry.build());
    IndicatorEntry.Builder qualitative = IndicatorEntry.builder().indicatorCode("outside.1.1");
    maybe(source, () -> qualitative.level(source.choose(List.of(QualitativeLevel.values()))));
    maybe(source, () -> qualitative.actualText(text(source)));
    maybe(source, () -> qualitative.assumption(text(source)));
    e.addEntry(qualitative.build());
    maybe(source, () -> e.addDeduction(Deduction.builder().indicatorCode("1.1")
        .points(weights().generate(source)).reason(text(source)).evidence(text(source))
        .build()));
  }

  private static BudgetLine line(Source source) {
    return BudgetLine.of(money(source), money(source));
  }

  private static String text(Source source) {
    return texts().generate(source);
  }

  private static BigDecimal money(Source source) {
    return money().generate(source);
  }

  private static BigDecimal measure(Source source) {
    return measures().generate(source);
  }

  private static void maybe(Source source, Runnable set) {
    if (source.nextBoolean()) {
      set.run();
    }
  }
}
