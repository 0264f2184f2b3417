package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
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
 * Weights are read as the rules read them ({@link MovedWeights}): an empty group's weight the
 * rules move (满意度 10 into 产出 and 效益) or leave out is not expected in the table — a project
 * table of 产出 50, 效益 30 and 预算执行率 10 adds up to 90, as it should — and a weight the table
 * carries (产出 56.25, 效益 33.75) is expected where it went.
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
            .message(children.size() == 1
                ? Message.of("check.weights.child", code(indicator), name(indicator),
                    number("sum", sum), number("weight", indicator.getWeight()))
                : Message.of("check.weights.children", Argument.number("count", children.size()),
                    code(indicator), name(indicator), number("sum", sum),
                    number("weight", indicator.getWeight())))
            .build());
      }
    }
    MovedWeights moved = MovedWeights.of(context);
    context.rulebook().ifPresent(book -> againstRulebook(context, new RulebookIndex(book),
        moved, text("rulebook", book.getId()), findings));
    BigDecimal expected = HUNDRED.subtract(moved.notInTable(""));
    if (anyRoot && roots.compareTo(expected) != 0) {
      findings.add(finding("$.indicators").expected(plain(expected)).actual(plain(roots))
          .message(expected.compareTo(HUNDRED) == 0
              ? Message.of("check.weights.level-one", number("sum", roots))
              : Message.of("check.weights.level-one-moved", number("sum", roots),
                  number("expected", expected), number("moved", moved.notInTable(""))))
          .build());
    }
    return findings;
  }

  private void againstRulebook(CheckContext context, RulebookIndex book, MovedWeights moved,
      Argument id, List<Finding> findings) {
    List<Indicator> indicators = context.evaluation().getIndicators();
    Set<String> seenParents = new HashSet<>();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      Optional<RulebookIndicator> node = book.matching(indicator.getCode(), indicator.getName());
      Optional<BigDecimal> fixed = node.flatMap(RulebookIndicator::getWeight)
          .map(w -> w.add(moved.carriedInto(node.get().getCode())));
      if (fixed.isPresent() && fixed.get().compareTo(indicator.getWeight()) != 0) {
        findings.add(finding("$.indicators[" + i + "].weight").expected(plain(fixed.get()))
            .actual(plain(indicator.getWeight()))
            .message(Message.of("check.weights.rulebook", code(indicator), name(indicator),
                number("weight", indicator.getWeight()), number("fixed", fixed.get()), id))
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
      BigDecimal weight = group.get().getWeight().get().add(moved.carriedInto(parent.get()))
          .subtract(moved.notInTable(parent.get()));
      if (sum.compareTo(weight) != 0) {
        findings.add(finding("$.indicators[" + i + "].parentCode").expected(plain(weight))
            .actual(plain(sum))
            .message(Message.of("check.weights.group", text("group", parent.get()),
                phrase("name", group.get().getName()), number("sum", sum),
                number("weight", weight), id))
            .build());
      }
    }
  }
}
