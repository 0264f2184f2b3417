package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JX-203: the weights (分值) of the evaluation's own table do not add up — an indicator's children
 * to its weight (path {@code $.indicators[i].weight}, expected the children's sum), and the level-1
 * indicators, when the table has any, to 100 (path {@code $.indicators}). With a rulebook, also: a
 * table indicator standing for a rulebook indicator of fixed weight (same code, else same name or
 * alias) has another weight (path {@code $.indicators[i].weight}, expected the rulebook's); and the
 * table's indicators hanging directly under a rulebook group that is not in the table weigh, in
 * all, other than that group (path {@code $.indicators[i].parentCode} of the first of them).
 */
final class WeightsCheck extends StandardCheck {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  WeightsCheck() {
    super(CheckCode.WEIGHTS_DO_NOT_ADD_UP);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Indicator> indicators = context.evaluation().getIndicators();
    BigDecimal roots = BigDecimal.ZERO;
    boolean anyRoot = false;
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (indicator.getLevel() == 1) {
        anyRoot = true;
        roots = roots.add(indicator.getWeight());
      }
      List<Integer> children = context.childIndices(indicator.getCode());
      if (children.isEmpty()) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (int c : children) {
        sum = sum.add(indicators.get(c).getWeight());
      }
      if (sum.compareTo(indicator.getWeight()) != 0) {
        findings.add(finding("$.indicators[" + i + "].weight").expected(plain(sum))
            .actual(plain(indicator.getWeight()))
            .messageEn("the " + children.size() + " children of " + named(indicator) + " weigh "
                + plain(sum) + " but it weighs " + plain(indicator.getWeight()))
            .messageZh("指标" + namedZh(indicator) + "的 " + children.size() + " 个下级指标分值之和为 "
                + plain(sum) + "，但其分值为 " + plain(indicator.getWeight()))
            .build());
      }
    }
    context.rulebook().ifPresent(book -> againstRulebook(context, new RulebookIndex(book),
        Echo.text(book.getId()), findings));
    if (anyRoot && roots.compareTo(HUNDRED) != 0) {
      findings.add(finding("$.indicators").expected("100").actual(plain(roots))
          .messageEn("the level-1 indicators weigh " + plain(roots) + " in all, not 100")
          .messageZh("一级指标分值合计为 " + plain(roots) + "，不是100")
          .build());
    }
    return findings;
  }

  private void againstRulebook(CheckContext context, RulebookIndex book, String id,
      List<Finding> findings) {
    List<Indicator> indicators = context.evaluation().getIndicators();
    Set<String> seenParents = new HashSet<>();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      Optional<BigDecimal> fixed = book.matching(indicator.getCode(), indicator.getName())
          .flatMap(RulebookIndicator::getWeight);
      if (fixed.isPresent() && fixed.get().compareTo(indicator.getWeight()) != 0) {
        findings.add(finding("$.indicators[" + i + "].weight").expected(plain(fixed.get()))
            .actual(plain(indicator.getWeight()))
            .messageEn(named(indicator) + " weighs "
                + plain(indicator.getWeight()) + " but " + plain(fixed.get()) + " in rulebook '"
                + id + "'")
            .messageZh("指标" + namedZh(indicator) + "分值为 "
                + plain(indicator.getWeight()) + "，但评分办法“" + id + "”中为 " + plain(fixed.get()))
            .build());
      }
      Optional<String> parent = indicator.getParentCode();
      if (parent.isEmpty() || context.indicatorIndex(parent.get()).isPresent()
          || !seenParents.add(parent.get())) {
        continue;
      }
      Optional<RulebookIndicator> group = book.byCode(parent.get());
      if (group.isEmpty() || group.get().getWeight().isEmpty()) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (int c : context.childIndices(parent.get())) {
        sum = sum.add(indicators.get(c).getWeight());
      }
      BigDecimal weight = group.get().getWeight().get();
      if (sum.compareTo(weight) != 0) {
        String groupName = Echo.text(parent.get()) + " " + Echo.phrase(group.get().getName());
        findings.add(finding("$.indicators[" + i + "].parentCode").expected(plain(weight))
            .actual(plain(sum))
            .messageEn("the table's indicators under '" + groupName + "' weigh " + plain(sum)
                + " but the group weighs "
                + plain(weight) + " in rulebook '" + id + "'")
            .messageZh("自评表中“" + groupName + "”下的指标分值之和为 "
                + plain(sum) + "，但评分办法“" + id + "”中该分组分值为 " + plain(weight))
            .build());
      }
    }
  }
}
