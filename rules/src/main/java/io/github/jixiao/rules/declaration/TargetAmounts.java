package io.github.jixiao.rules.declaration;

import io.github.jixiao.core.DeclaredIndicator;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.TargetDeclaration;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.result.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * JX-959, the amounts of the targets against the money requested (目标与预算不匹配): a 成本 row in
 * money (元, 万元, 亿元) above the money requested; a unit cost (元/人, 万元/人次) times the 数量
 * row counted in the same thing (人, 人次) above it. Compared exactly in 元. "Unit price ×
 * quantity ≠ amount" is read as above: a project's costs may be a part of its money, never more.
 */
final class TargetAmounts {

  private TargetAmounts() {}

  static void check(TargetDeclaration declaration, Rows rows, List<StageFinding> found) {
    BigDecimal requested = declaration.getUnit().toYuan(declaration.getRequested());
    List<DeclaredIndicator> all = rows.all();
    for (int i = 0; i < all.size(); i++) {
      DeclaredIndicator row = all.get(i);
      if (!rows.isLeaf(row) || !rows.belowA(row, "成本") || row.getTarget().isEmpty()
          || row.getUnit().isEmpty()) {
        continue;
      }
      String unit = row.getUnit().get().trim();
      String at = "$.indicators[" + i + "].target";
      Argument name = Argument.text("name", Echo.text(row.getName()));
      Optional<MoneyUnit> money = money(unit);
      if (money.isPresent()) {
        BigDecimal cost = money.get().toYuan(row.getTarget().get());
        if (cost.compareTo(requested) > 0) {
          found.add(TargetReview.finding("JX-959", Severity.WARNING, at,
              "rules.targets.cost-above-budget", name,
              Argument.number("target", row.getTarget().get()),
              Argument.text("unit", Echo.text(unit)),
              Argument.number("requested", declaration.getRequested()),
              Argument.text("requestedUnit", declaration.getUnit().label())));
        }
        continue;
      }
      int slash = unit.indexOf('/');
      Optional<MoneyUnit> per = slash > 0 ? money(unit.substring(0, slash)) : Optional.empty();
      if (per.isEmpty()) {
        continue;
      }
      String counted = unit.substring(slash + 1);
      for (DeclaredIndicator quantity : all) {
        if (rows.isLeaf(quantity) && rows.belowA(quantity, "数量")
            && quantity.getUnit().filter(counted::equals).isPresent()
            && quantity.getTarget().isPresent()) {
          BigDecimal total = per.get().toYuan(row.getTarget().get())
              .multiply(quantity.getTarget().get());
          if (total.compareTo(requested) > 0) {
            found.add(TargetReview.finding("JX-959", Severity.WARNING, at,
                "rules.targets.unit-cost-above-budget", name,
                Argument.number("target", row.getTarget().get()),
                Argument.text("unit", Echo.text(unit)),
                Argument.text("quantity", Echo.text(quantity.getName())),
                Argument.number("count", quantity.getTarget().get()),
                Argument.number("total", wan(total)),
                Argument.number("requested", wan(requested))));
          }
          break;
        }
      }
    }
  }

  /** {@code yuan} in 万元, exactly, without trailing zeros or an exponent. */
  private static BigDecimal wan(BigDecimal yuan) {
    return Decimals.plain(MoneyUnit.WAN_YUAN.fromYuan(yuan));
  }

  private static Optional<MoneyUnit> money(String unit) {
    for (MoneyUnit u : MoneyUnit.values()) {
      if (u.label().equals(unit)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }
}
