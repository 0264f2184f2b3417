package io.github.jixiao.rules.rollup;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.internal.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The indicators projects share, summed ({@link IndicatorTotal}): quantitative leaves with a
 * number for their actual and no formula (the execution line is the money's, summed apart), keyed
 * by name, unit and direction; kept when two or more projects have one. Rates are weighted by the
 * project's budget in 万元; the weighted value is kept at 2 decimals, half up.
 */
final class IndicatorTotals {

  private IndicatorTotals() {}

  private record Key(String name, String unit, Direction direction) {}

  private static final class Sum {
    int projects;
    BigDecimal actual = BigDecimal.ZERO;
    BigDecimal target = BigDecimal.ZERO;
    BigDecimal money = BigDecimal.ZERO;
    boolean everyTarget = true;
  }

  static List<IndicatorTotal> of(List<RolledProject> projects) {
    Map<Key, Sum> sums = new LinkedHashMap<>();
    for (RolledProject p : projects) {
      SelfEvaluation e = p.evaluation();
      Map<String, IndicatorEntry> entries = new HashMap<>();
      e.getEntries().forEach(x -> entries.putIfAbsent(x.getIndicatorCode(), x));
      Set<String> parents = new HashSet<>();
      e.getIndicators().forEach(i -> i.getParentCode().ifPresent(parents::add));
      Set<Key> seen = new HashSet<>();
      for (Indicator i : e.getIndicators()) {
        IndicatorEntry entry = entries.get(i.getCode());
        if (parents.contains(i.getCode()) || i.getKind() != IndicatorKind.QUANTITATIVE
            || i.getFormula().isPresent() || i.getDirection().isEmpty() || entry == null
            || entry.getActual().isEmpty()) {
          continue;
        }
        Key key = new Key(i.getName(), i.getUnit().orElse(""), i.getDirection().get());
        if (!seen.add(key)) {
          continue; // a project's second row of the same name is not another project
        }
        boolean rate = key.unit().equals("%");
        BigDecimal weight = rate ? p.budgetWan() : BigDecimal.ONE;
        Sum s = sums.computeIfAbsent(key, k -> new Sum());
        s.projects++;
        s.money = s.money.add(weight);
        s.actual = s.actual.add(entry.getActual().get().multiply(weight));
        if (i.getTarget().isPresent()) {
          s.target = s.target.add(i.getTarget().get().multiply(weight));
        } else {
          s.everyTarget = false;
        }
      }
    }
    List<IndicatorTotal> totals = new ArrayList<>();
    sums.forEach((key, s) -> {
      if (s.projects < 2) {
        return;
      }
      boolean rate = key.unit().equals("%");
      Optional<BigDecimal> actual;
      Optional<BigDecimal> target;
      if (rate) {
        actual = s.money.signum() == 0 ? Optional.empty()
            : Optional.of(s.actual.divide(s.money, 2, RoundingMode.HALF_UP));
        target = !s.everyTarget || s.money.signum() == 0 ? Optional.empty()
            : Optional.of(s.target.divide(s.money, 2, RoundingMode.HALF_UP));
      } else {
        actual = Optional.of(s.actual);
        target = s.everyTarget ? Optional.of(s.target) : Optional.empty();
      }
      // completion from the exact sums, not the rounded averages
      Optional<BigDecimal> completion = !s.everyTarget || s.target.signum() == 0
          || (rate && s.money.signum() == 0) ? Optional.empty()
          : Optional.of(s.actual.multiply(Decimals.HUNDRED)
              .divide(s.target, 2, RoundingMode.HALF_UP));
      totals.add(new IndicatorTotal(key.name(), key.unit().isEmpty() ? Optional.empty()
          : Optional.of(key.unit()), key.direction(), rate, s.projects, target, actual,
          completion));
    });
    return totals;
  }
}
