package io.github.jixiao.testkit;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.Payment;
import io.github.jixiao.core.ThreePublicExpenses;
import java.util.List;

/**
 * Budgets (部门预算) whose parts agree: basic + project = the full-year budget and executed,
 * personnel + operating = basic, no line executed above its budget, nothing executed above the
 * full-year budget, carry-over at the end = what was left unspent, initial budget + adjustments =
 * the full-year budget. Amounts are in whole fen (two decimals); the simplest budget is empty and
 * fully executed.
 */
final class Budgets {

  private Budgets() {}

  /** The largest full-year budget, in hundredths of 万元: 100 000.00 万元 (一十亿元). */
  static final long MOST_WAN = 100_000_00L;

  /** Execution never below half the budget; simplest fully executed. */
  static final long LEAST_EXECUTION_PERCENT = 50;

  /** Amounts of money in hundredths of {@code unit}, up to the largest full-year budget. */
  public static long mostHundredths(MoneyUnit unit) {
    return unit == MoneyUnit.WAN_YUAN ? MOST_WAN : MOST_WAN * 10_000;
  }

  /** Budgets whose parts agree. */
  public static Gen<Budget> budgets() {
    return source -> {
      MoneyUnit unit = source.choose(List.of(MoneyUnit.WAN_YUAN, MoneyUnit.YUAN));
      long fullYear = Decimals.sometimesWhole(source, source.between(0, mostHundredths(unit)));
      long executed = share(source, fullYear, LEAST_EXECUTION_PERCENT);
      // Sometimes 3.3E+3 rather than 3300.00: the number a reader meets as 33E+2 (issue 11).
      Budget.Builder budget = Budget.builder().unit(unit)
          .fullYear(Decimals.presented(source, fullYear))
          .executed(Decimals.presented(source, executed));
      if (source.nextBoolean()) {
        long adjustments = source.between(-fullYear / 5, fullYear / 5, 0);
        budget.initial(Decimals.hundredths(fullYear - adjustments))
            .adjustments(Decimals.hundredths(adjustments));
      }
      if (source.nextBoolean()) {
        breakdown(source, budget, fullYear, executed);
      }
      if (source.nextBoolean()) {
        budget.threePublic(threePublic(source, fullYear));
      }
      if (source.nextBoolean()) {
        long procurement = source.between(0, fullYear);
        budget.procurement(line(procurement, share(source, Math.min(procurement, executed), 0)));
      }
      if (source.nextBoolean()) {
        budget.carryOver(carryOver(source, fullYear, executed));
      }
      payments(source, budget, fullYear, executed);
      return budget.build();
    };
  }

  /** Budget lines (预算科目): a budget up to the largest, executed within it, simplest in full. */
  public static Gen<BudgetLine> lines() {
    return source -> {
      long budget = source.between(0, MOST_WAN);
      return line(budget, share(source, budget, 0));
    };
  }

  /** The three public expenses (三公经费) of a budget of up to the largest full-year budget. */
  public static Gen<ThreePublicExpenses> threePublic() {
    return source -> threePublic(source, source.between(0, MOST_WAN));
  }

  /**
   * Carry-over balances (结转结余): at the start up to the full-year budget, at the end what was
   * left unspent of it.
   */
  public static Gen<CarryOver> carryOvers() {
    return source -> {
      long fullYear = source.between(0, MOST_WAN);
      return carryOver(source, fullYear, share(source, fullYear, LEAST_EXECUTION_PERCENT));
    };
  }

  /** Payments (支付进度) of one period: planned up to the largest budget, paid within it. */
  public static Gen<Payment> payments() {
    return source -> {
      String period = source.choose(Words.PERIODS);
      long planned = source.between(0, MOST_WAN);
      return payment(period, planned, share(source, planned, 0));
    };
  }

  private static CarryOver carryOver(Source source, long fullYear, long executed) {
    return CarryOver.builder().atStart(Decimals.hundredths(source.between(0, fullYear)))
        .atEnd(Decimals.hundredths(fullYear - executed)).build();
  }

  private static Payment payment(String period, long planned, long paid) {
    return Payment.builder().period(period).planned(Decimals.hundredths(planned))
        .paid(Decimals.hundredths(paid)).build();
  }

  /** Basic and project lines, and personnel and operating within basic, adding up exactly. */
  private static void breakdown(Source source, Budget.Builder budget, long fullYear,
      long executed) {
    long basic = source.between(0, fullYear);
    long project = fullYear - basic;
    long basicExecuted = source.between(Math.max(0, executed - project), Math.min(basic, executed));
    budget.basic(line(basic, basicExecuted)).project(line(project, executed - basicExecuted));
    if (source.nextBoolean()) {
      long personnel = source.between(0, basic);
      long operating = basic - personnel;
      long personnelExecuted = source.between(Math.max(0, basicExecuted - operating),
          Math.min(personnel, basicExecuted));
      budget.personnel(line(personnel, personnelExecuted))
          .operating(line(operating, basicExecuted - personnelExecuted));
    }
  }

  private static ThreePublicExpenses threePublic(Source source, long fullYear) {
    long most = fullYear / 100; // 三公 are a small share of any budget
    ThreePublicExpenses.Builder three = ThreePublicExpenses.builder();
    long trips = source.between(0, most);
    long vehicles = source.between(0, most);
    long hospitality = source.between(0, most);
    three.overseasTrips(line(trips, share(source, trips, 0)))
        .vehicles(line(vehicles, share(source, vehicles, 0)))
        .hospitality(line(hospitality, share(source, hospitality, 0)));
    if (source.nextBoolean()) {
      three.previousYearBudget(Decimals.hundredths(source.between(0, 3 * most)));
    }
    return three.build();
  }

  /** Cumulative planned and paid amounts by period, never falling, paid within what was executed. */
  private static void payments(Source source, Budget.Builder budget, long fullYear, long executed) {
    int periods = source.intBetween(0, Words.PERIODS.size());
    for (int p = 1; p <= periods; p++) {
      long planned = fullYear * p / periods;
      long paid = Math.min(planned, executed);
      budget.addPayment(payment(Words.PERIODS.get(p - 1), planned, paid));
    }
  }

  /**
   * A share of {@code whole} between {@code leastPercent} % and all of it, simplest all of it,
   * in whole hundredths (rounded down).
   */
  static long share(Source source, long whole, long leastPercent) {
    long basisPoints = source.between(leastPercent * 100, 10_000, 10_000);
    return Math.multiplyExact(whole, basisPoints) / 10_000;
  }

  private static BudgetLine line(long budget, long executed) {
    return BudgetLine.of(Decimals.hundredths(budget), Decimals.hundredths(executed));
  }
}
