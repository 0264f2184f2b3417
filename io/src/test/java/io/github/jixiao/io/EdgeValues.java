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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Self-evaluations at the edges of what a document can hold, for the writer's escaping and exact
 * decimals — what {@code jixiao-testkit}'s generators never draw, because they give consistent
 * evaluations in the methodology's own words with money in whole fen: text with quotes,
 * backslashes, slashes, tab and line breaks, U+2028, the characters just outside the ranges the
 * reader refuses (no-break space, U+200F, U+2060, U+206A, U+FEFF) and characters outside the BMP
 * — never a character the reader refuses, which {@link #evaluationsWithOneRefused} adds;
 * decimals of every scale from 0 to 6 with up to 15 integer digits, negative wherever a measure may be;
 * counts up to {@code Integer.MAX_VALUE}; a parent outside the table. They are well-formed (core
 * accepts them) but not consistent: each slot of each kind is filled once or left out, since the
 * structure itself is the testkit's to vary. A {@link Gen}, so QuickTheories shrinks a failure.
 */
final class EdgeValues {

  private EdgeValues() {}

  private static final List<String> FIRST = List.of("预算", "A", "绩效", "x");

  private static final List<String> PIECES = List.of("预算", "绩效", "白云区", "a", "Z", "0", " ",
      "\"", "\\", "/", "\n", "\t", "\r", "\u00a0", "\u2028", "\u2029", "\u200f", "\u2060",
      "\u206a", "\ufeff", "😀", "％", "≥", "'", "{", "]", "<", "&");

  /**
   * The ranges of characters the reader refuses in text: C0 controls but tab and line breaks,
   * DEL and the C1 controls, bidirectional embeddings, overrides and isolates, and surrogates
   * (which, inserted alone, are unpaired).
   */
  private static final List<char[]> REFUSED = List.of(new char[] {0x00, 0x08},
      new char[] {0x0B, 0x0C}, new char[] {0x0E, 0x1F}, new char[] {0x7F, 0x9F},
      new char[] {0x202A, 0x202E}, new char[] {0x2066, 0x2069}, new char[] {0xD800, 0xDFFF});

  /**
   * The JSON paths of the first texts {@link #evaluations()} draws, in the order drawn: every
   * evaluation has them.
   */
  static final List<String> FIRST_TEXTS = List.of("$.department.code", "$.department.name",
      "$.department.region", "$.department.duties[0].text", "$.department.duties[0].organ",
      "$.department.units[0].name", "$.department.units[0].category",
      "$.department.units[1].code", "$.department.units[1].name");

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
    return source -> evaluation(source, EdgeValues::text);
  }

  /**
   * A self-evaluation at the edges with one character the reader refuses inserted into one of
   * its {@link #FIRST_TEXTS}, never between the halves of a surrogate pair.
   */
  static Gen<Refused> evaluationsWithOneRefused() {
    return source -> {
      int slot = source.intBetween(0, FIRST_TEXTS.size() - 1);
      char[] range = source.choose(REFUSED);
      char refused = (char) source.intBetween(range[0], range[1]);
      int[] drawn = {0};
      int[] at = {-1};
      SelfEvaluation evaluation = evaluation(source, s -> {
        String text = text(s);
        if (drawn[0]++ != slot) {
          return text;
        }
        int i = s.intBetween(0, text.length());
        if (i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
          i++;
        }
        at[0] = i;
        return text.substring(0, i) + refused + text.substring(i);
      });
      return new Refused(evaluation, FIRST_TEXTS.get(slot), refused, at[0]);
    };
  }

  /**
   * An evaluation whose text at {@code path} holds {@code character}, a character the reader
   * refuses, at index {@code index}.
   */
  record Refused(SelfEvaluation evaluation, String path, char character, int index) {}

  private static SelfEvaluation evaluation(Source source, Function<Source, String> text) {
    Supplier<String> t = () -> text.apply(source);
    SelfEvaluation.Builder e = SelfEvaluation.builder()
        .kind(source.choose(List.of(EvaluationKind.values())))
        .fiscalYear(source.intBetween(2000, 2100))
        .department(department(source, text))
        .budget(budget(source));
    maybe(source, () -> e.title(t.get()));
    maybe(source, () -> e.rulebook(t.get()));
    maybe(source, () -> e.claimedTotal(points().generate(source)));
    maybe(source, () -> e.claimedGrade(source.choose(List.of(Grade.values()))));
    Task.Builder task = Task.builder().code(t.get()).title(t.get())
        .heading(t.get()).addDutyCode("duty");
    maybe(source, () -> task.key(source.nextBoolean()));
    maybe(source, () -> task.plannedCount(source.intBetween(0, Integer.MAX_VALUE)));
    maybe(source, () -> task.completedCount(source.intBetween(0, Integer.MAX_VALUE)));
    maybe(source, () -> task.assumption(t.get()));
    e.addTask(task.build());
    Project.Builder project = Project.builder().code(t.get()).name(t.get())
        .unit(source.choose(List.of(MoneyUnit.values())));
    maybe(source, () -> project.budget(money(source)));
    maybe(source, () -> project.executed(money(source)));
    maybe(source, () -> project.outcome(t.get()));
    e.addProject(project.build());
    indicators(source, e);
    StatedFigure.Builder figure = StatedFigure.builder().code(t.get()).name(t.get())
        .kind(source.choose(List.of(FigureKind.values()))).statedValue(measure(source));
    maybe(source, () -> figure.precision(6));
    maybe(source, () -> figure.numerator(measure(source)).denominator(measure(source)));
    maybe(source, () -> figure.unit(t.get()));
    maybe(source, () -> figure.formula(t.get()));
    maybe(source, () -> figure.quote(t.get()));
    e.addStatedFigure(figure.build());
    e.addNarrativeClaim(NarrativeClaim.builder()
        .kind(source.choose(List.of(ClaimKind.values()))).quote(t.get())
        .section(t.get()).build());
    e.addProblem(Problem.builder().text(t.get()).addArea(t.get())
        .addIndicatorCode(t.get()).build());
    e.addImprovement(Improvement.builder().text(t.get()).addArea(t.get()).build());
    return e.build();
  }

  private static Department department(Source source, Function<Source, String> text) {
    Supplier<String> t = () -> text.apply(source);
    Department.Builder d = Department.builder().code(t.get()).name(t.get())
        .level(source.choose(List.of(GovernmentLevel.values()))).region(t.get())
        .kind(source.choose(List.of(DepartmentKind.values())))
        .addDuty(Duty.builder().code("duty").text(t.get()).organ(t.get()).build())
        .addUnit(OrganisationalUnit.builder().code("unit").name(t.get())
            .category(t.get()).build())
        .addUnit(OrganisationalUnit.builder().code(t.get()).name(t.get())
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
