package io.github.jixiao.rules.lint;

import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.util.List;
import java.util.Set;

/**
 * The values a leaf's rule can be given (取值范围): from 0 up, unbounded above — a rate, an amount
 * and a count are never negative, and a rate can pass 100 % (executed above budget, staff above
 * the authorised posts) — or, for a change rate (变动率: this year's against last year's), any
 * value; so for an adjustment rate (预算调整率: a cut is negative, Yueyang scores it by its size).
 * A leaf is one of those when its formula is one of the built-in ones ({@code carry-over-change},
 * {@code three-public-change}, {@code adjustment-rate}) or its name or an alias says 变动率 or
 * 调整率; any other leaf, and a default rule, which may score any leaf, is taken to be never
 * negative.
 */
final class ValueRange {

  private static final Set<String> CHANGE_FORMULAS = Set.of(Formulas.CARRY_OVER_CHANGE,
      Formulas.THREE_PUBLIC_CHANGE, Formulas.ADJUSTMENT_RATE);
  private static final List<String> CHANGE_RATES = List.of("变动率", "调整率");

  /** From 0 up. */
  static final ValueRange NOT_NEGATIVE = new ValueRange(true);
  /** Any value. */
  static final ValueRange ANY = new ValueRange(false);

  private final boolean notNegative;

  private ValueRange(boolean notNegative) {
    this.notNegative = notNegative;
  }

  /** The values {@code indicator}'s rule can be given. */
  static ValueRange of(RulebookIndicator indicator) {
    boolean change = indicator.getFormula().filter(CHANGE_FORMULAS::contains).isPresent()
        || says(indicator.getName())
        || indicator.getAliases().stream().anyMatch(ValueRange::says);
    return change ? ANY : NOT_NEGATIVE;
  }

  private static boolean says(String name) {
    return CHANGE_RATES.stream().anyMatch(name::contains);
  }

  /** Whether the values stop at 0 below. */
  boolean notNegative() {
    return notNegative;
  }

  /** Whether some value of the range lies in {@code band}. */
  boolean meets(Band band) {
    if (!notNegative || band.getTo().isEmpty()) {
      return true;
    }
    int c = band.getTo().get().signum();
    return c > 0 || (c == 0 && band.isToInclusive());
  }

  /** Whether some value of the range lies below the start of {@code band} (the first one). */
  boolean reachesBelow(Band band) {
    if (band.getFrom().isEmpty()) {
      return false;
    }
    if (!notNegative) {
      return true;
    }
    int c = band.getFrom().get().signum();
    return c > 0 || (c == 0 && !band.isFromInclusive());
  }
}
