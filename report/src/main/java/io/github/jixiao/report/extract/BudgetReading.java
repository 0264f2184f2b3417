package io.github.jixiao.report.extract;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.core.value.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The budget figures read (预算数据): 全年预算数, 年初预算数 and 执行数, each an exact amount in the
 * unit it is printed in (元, 万元, 亿元), and the execution rate stated (完成预算的 97.16%). The
 * budget is kept in the smallest unit any of its figures is printed in, the others converted to
 * it exactly (3.36 亿元 is 33600 万元) and noted, so that no conversion adds a decimal. The rate is
 * a stated figure, {@code execution-rate}, at the precision printed, computed by the formula of
 * that name; when the budget and the amount executed stand in the rate's own sentence they are
 * its denominator and numerator, as the seed states them.
 */
final class BudgetReading {

  private static final String RATE_CODE = "execution-rate";

  private BudgetReading() {}

  /** An amount as printed: the number, its unit and the match. */
  private record Amount(BigDecimal value, MoneyUnit unit, Match match) {}

  static void read(Draft draft, List<Match> matches) {
    Optional<Amount> full = amount(draft, matches, "budget.fullYear");
    Optional<Amount> initial = amount(draft, matches, "budget.initial");
    Optional<Amount> executed = amount(draft, matches, "budget.executed");
    if (full.isPresent() && executed.isPresent()) {
      MoneyUnit unit = smallest(full.get(), executed.get(), initial.orElse(null));
      List<Draft.Placed> sources = new ArrayList<>();
      Budget.Builder budget = Budget.builder().unit(unit)
          .fullYear(in(draft, unit, full.get(), "$.budget.fullYear", sources))
          .executed(in(draft, unit, executed.get(), "$.budget.executed", sources));
      initial.ifPresent(i -> budget.initial(in(draft, unit, i, "$.budget.initial", sources)));
      try {
        draft.budget = Optional.of(new Draft.Single<>(budget.build(), sources));
      } catch (InvalidValueException invalid) {
        draft.note(Message.of("report.extract.note.invalid", Items.named("budget"),
            Argument.message("problem", invalid.said())));
        sources.forEach(p -> draft.unplaced(p.source()));
      }
    } else {
      full.ifPresent(a -> draft.unplaced(Source.of(a.match(), "budget.fullYear")));
      executed.ifPresent(a -> draft.unplaced(Source.of(a.match(), "budget.executed")));
      initial.ifPresent(a -> draft.unplaced(Source.of(a.match(), "budget.initial")));
    }
    Picks.pick(draft, Picks.of(matches, "budget.rate"), "budget.rate",
        m -> m.group("rate").map(Numbers::decimal)).ifPresent(m -> {
          draft.found("budget.rate");
          draft.add(draft.figures, new Draft.Listed<>(rate(m, full, executed),
              Source.of(m, "budget.rate")));
        });
  }

  private static StatedFigure rate(Match m, Optional<Amount> full, Optional<Amount> executed) {
    BigDecimal stated = Numbers.decimal(m.group("rate").orElseThrow());
    StatedFigure.Builder figure = StatedFigure.builder().code(RATE_CODE).name("预算完成率")
        .kind(FigureKind.RATE).statedValue(stated).unit("%")
        .precision(Math.max(0, stated.scale())).formula(RATE_CODE).quote(m.sentence().text());
    boolean together = full.isPresent() && executed.isPresent()
        && sameSentence(full.get().match(), m) && sameSentence(executed.get().match(), m)
        && full.get().unit() == executed.get().unit();
    if (together) {
      figure.numerator(executed.get().value()).denominator(full.get().value());
    }
    return figure.build();
  }

  private static boolean sameSentence(Match a, Match b) {
    return a.sentence().paragraph().index() == b.sentence().paragraph().index()
        && a.sentence().start() == b.sentence().start();
  }

  private static Optional<Amount> amount(Draft draft, List<Match> matches, String item) {
    Optional<Match> m = Picks.pick(draft, Picks.of(matches, item), item, BudgetReading::amount);
    m.ifPresent(x -> draft.found(item));
    return m.map(x -> new Amount(Numbers.decimal(x.group("amount").orElseThrow()),
        unit(x.group("unit").orElseThrow()), x));
  }

  private static Optional<BigDecimal> amount(Match m) {
    return m.group("amount").map(a -> unit(m.group("unit").orElseThrow())
        .toYuan(Numbers.decimal(a)).stripTrailingZeros());
  }

  private static MoneyUnit unit(String written) {
    return switch (written) {
      case "亿元" -> MoneyUnit.YI_YUAN;
      case "万元" -> MoneyUnit.WAN_YUAN;
      default -> MoneyUnit.YUAN;
    };
  }

  private static MoneyUnit smallest(Amount... amounts) {
    MoneyUnit smallest = MoneyUnit.YI_YUAN;
    for (Amount a : amounts) {
      if (a != null && a.unit().ordinal() < smallest.ordinal()) {
        smallest = a.unit();
      }
    }
    return smallest;
  }

  /** {@code amount} in {@code unit}, exactly; a conversion noted. */
  private static BigDecimal in(Draft draft, MoneyUnit unit, Amount amount, String path,
      List<Draft.Placed> sources) {
    sources.add(new Draft.Placed(Source.of(amount.match(), amount.match().rule().item()), path));
    if (amount.unit() == unit) {
      return amount.value();
    }
    BigDecimal converted = unit.fromYuan(amount.unit().toYuan(amount.value())).stripTrailingZeros();
    converted = converted.scale() < 0 ? converted.setScale(0) : converted;
    draft.note(Message.of("report.extract.note.unit-converted",
        Argument.text("written", Echo.text(amount.match().written())),
        Argument.number("value", converted), Argument.message("unit", Message.label(unit))));
    return converted;
  }
}
