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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Valid self-evaluations drawn from a seed, for round-trip and schema properties until
 * jixiao-testkit's generators exist: every attribute present or absent, text with Chinese, quotes,
 * backslashes, control characters and characters outside the BMP, decimals of every scale from 0
 * to 6 and at the domain's limits.
 */
final class RandomEvaluations {

  private static final String[] PIECES = {"预算", "绩效", "白云区", "a", "Z", "0", " ", "\"", "\\",
      "/", "\n", "\t", "\u0001", "\u2028", "😀", "％", "≥", "'", "{", "]"};

  private final SplittableRandom random;

  private RandomEvaluations(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The evaluation of {@code seed}: the same seed, the same evaluation. */
  static SelfEvaluation of(long seed) {
    return new RandomEvaluations(seed).evaluation();
  }

  private SelfEvaluation evaluation() {
    Department department = department();
    SelfEvaluation.Builder e = SelfEvaluation.builder()
        .kind(pick(EvaluationKind.values()))
        .fiscalYear(2000 + random.nextInt(101))
        .department(department)
        .budget(budget());
    maybe(() -> e.title(text()));
    maybe(() -> e.rulebook(text()));
    maybe(() -> e.claimedTotal(points()));
    maybe(() -> e.claimedGrade(pick(Grade.values())));
    List<String> duties = department.getDuties().stream().map(Duty::getCode).toList();
    for (int i = 0; i < random.nextInt(4); i++) {
      Task.Builder t = Task.builder().code("task-" + i).title(text());
      if (!duties.isEmpty()) {
        for (int d = 0; d < random.nextInt(3); d++) {
          t.addDutyCode(duties.get(random.nextInt(duties.size())));
        }
      }
      maybe(() -> t.heading(text()));
      maybe(() -> t.assumption(text()));
      maybe(() -> t.key(random.nextBoolean()));
      maybe(() -> t.plannedCount(random.nextInt(0, Integer.MAX_VALUE)));
      maybe(() -> t.completedCount(random.nextInt(0, 1000)));
      e.addTask(t.build());
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      Project.Builder p = Project.builder().code("p" + i).name(text());
      maybe(() -> p.budget(money()));
      maybe(() -> p.executed(money()));
      maybe(() -> p.outcome(text()));
      maybe(() -> p.assumption(text()));
      maybe(() -> p.unit(pick(MoneyUnit.values())));
      e.addProject(p.build());
    }
    List<String> indicators = new ArrayList<>();
    for (int i = 0; i < random.nextInt(5); i++) {
      Indicator.Builder in = Indicator.builder().code("i" + i).name(text()).weight(positivePoints());
      if (i > 0 && random.nextBoolean()) {
        in.level(2).parentCode("i0");
      } else if (i == 0 || random.nextBoolean()) {
        in.level(1);
      } else {
        // A parent outside the table is allowed: the rulebook's tree may hold it.
        in.level(3).parentCode("outside-" + i);
      }
      if (random.nextBoolean()) {
        in.kind(IndicatorKind.QUANTITATIVE).direction(pick(Direction.values()));
        maybe(() -> in.target(measure()));
        maybe(() -> in.unit(text()));
      } else {
        in.kind(IndicatorKind.QUALITATIVE);
        maybe(() -> in.targetText(text()));
      }
      maybe(() -> in.formula(text()));
      maybe(() -> in.assumption(text()));
      e.addIndicator(in.build());
      indicators.add("i" + i);
      if (random.nextBoolean()) {
        IndicatorEntry.Builder entry = IndicatorEntry.builder().indicatorCode("i" + i);
        maybe(() -> entry.actual(measure()));
        maybe(() -> entry.actualText(text()));
        maybe(() -> entry.level(pick(QualitativeLevel.values())));
        maybe(() -> entry.claimedScore(points()));
        maybe(() -> entry.deviationReason(text()));
        maybe(() -> entry.assumption(text()));
        e.addEntry(entry.build());
      }
    }
    for (String code : indicators) {
      if (random.nextInt(3) == 0) {
        Deduction.Builder d = Deduction.builder().indicatorCode(code).points(positivePoints())
            .reason(text());
        maybe(() -> d.evidence(text()));
        e.addDeduction(d.build());
      }
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      Problem.Builder p = Problem.builder().text(text());
      maybe(() -> p.addArea(text()));
      maybe(() -> p.addIndicatorCode(text()));
      e.addProblem(p.build());
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      Improvement.Builder m = Improvement.builder().text(text());
      maybe(() -> m.addArea(text()));
      e.addImprovement(m.build());
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      BigDecimal value = measure();
      StatedFigure.Builder f = StatedFigure.builder().code("f" + i).name(text())
          .kind(pick(FigureKind.values())).statedValue(value);
      maybe(() -> f.precision(Math.max(0, value.stripTrailingZeros().scale()) + random.nextInt(
          Math.max(1, 7 - Math.max(0, value.stripTrailingZeros().scale())))));
      if (random.nextBoolean()) {
        f.numerator(measure()).denominator(measure());
      }
      maybe(() -> f.unit(text()));
      maybe(() -> f.formula(text()));
      maybe(() -> f.quote(text()));
      maybe(() -> f.assumption(text()));
      e.addStatedFigure(f.build());
    }
    for (int i = 0; i < random.nextInt(3); i++) {
      NarrativeClaim.Builder c = NarrativeClaim.builder().kind(pick(ClaimKind.values()))
          .quote(text());
      maybe(() -> c.section(text()));
      e.addNarrativeClaim(c.build());
    }
    return e.build();
  }

  private Department department() {
    Department.Builder d = Department.builder().code(text()).name(text())
        .level(pick(GovernmentLevel.values())).region(text()).kind(pick(DepartmentKind.values()));
    for (int i = 0; i < random.nextInt(5); i++) {
      Duty.Builder duty = Duty.builder().code("duty-" + i).text(text());
      maybe(() -> duty.organ(text()));
      d.addDuty(duty.build());
    }
    for (int i = 0; i < random.nextInt(5); i++) {
      OrganisationalUnit.Builder u = OrganisationalUnit.builder().code("unit-" + i).name(text());
      maybe(() -> u.category(text()));
      if (i > 0 && random.nextBoolean()) {
        u.parentCode("unit-" + random.nextInt(i));
      }
      d.addUnit(u.build());
    }
    maybe(() -> d.staffing(Staffing.builder().authorisedPosts(random.nextInt(0, 10_000))
        .staffInPost(random.nextInt(0, 10_000)).build()));
    return d.build();
  }

  private Budget budget() {
    Budget.Builder b = Budget.builder().fullYear(money()).executed(money());
    maybe(() -> b.unit(pick(MoneyUnit.values())));
    maybe(() -> b.initial(money()));
    maybe(() -> b.adjustments(measure()));
    maybe(() -> b.threePublic(ThreePublicExpenses.builder().overseasTrips(line())
        .vehicles(line()).hospitality(line()).build()));
    maybe(() -> b.procurement(line()));
    maybe(() -> b.carryOver(CarryOver.builder().atStart(money()).atEnd(money()).build()));
    for (int i = 0; i < random.nextInt(3); i++) {
      b.addPayment(Payment.builder().period(text()).planned(money()).paid(money()).build());
    }
    return b.build();
  }

  private BudgetLine line() {
    return BudgetLine.of(money(), money());
  }

  /** Not negative, 0 to 6 decimals, at most 15 integer digits. */
  private BigDecimal money() {
    int scale = random.nextInt(7);
    long unscaled = random.nextInt(4) == 0 ? 999_999_999_999_999L
        : random.nextLong(0, 100_000_000_000_000L);
    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
    return value.precision() - value.scale() > 15 ? value.movePointLeft(1) : value;
  }

  /** Any sign, 0 to 6 decimals. */
  private BigDecimal measure() {
    BigDecimal value = money();
    return random.nextBoolean() ? value.negate() : value;
  }

  /** 0 to 2 decimals, at most 3 integer digits, any sign. */
  private BigDecimal points() {
    BigDecimal value = BigDecimal.valueOf(random.nextLong(0, 100_000), 2);
    BigDecimal scaled = random.nextBoolean() ? value : value.setScale(0, RoundingMode.DOWN);
    return random.nextInt(10) == 0 ? scaled.negate() : scaled;
  }

  private BigDecimal positivePoints() {
    BigDecimal value = points().abs();
    return value.signum() == 0 ? new BigDecimal("0.01") : value;
  }

  private String text() {
    StringBuilder s = new StringBuilder(pick(new String[] {"预算", "A", "绩效", "x"}));
    for (int i = 0; i < random.nextInt(8); i++) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private void maybe(Runnable set) {
    if (random.nextBoolean()) {
      set.run();
    }
  }
}
