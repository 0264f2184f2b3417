package io.github.jixiao.testkit;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.StatedFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Figures a narrative states (报告中表述的数据), each consistent with itself: a rate is its numerator
 * ÷ denominator × 100 rounded half up at its stated precision (169 of 184 stated as 92 % at
 * precision 0, 91.85 % at 2), a count is whole, an amount has two decimals.
 */
final class Figures {

  private Figures() {}

  static final int MAX_FIGURES = 2;

  /** One stated figure, coded {@code code}: a rate, a count or an amount. */
  public static Gen<StatedFigure> figure(String code) {
    return source -> switch (source.choose(List.of(FigureKind.values()))) {
      case RATE -> rate(source, code);
      case COUNT -> StatedFigure.builder().code(code).name("代表建议办理件数").kind(FigureKind.COUNT)
          .statedValue(BigDecimal.valueOf(source.between(0, 1000))).precision(0).unit("件").build();
      case AMOUNT -> StatedFigure.builder().code(code).name("项目执行数").kind(FigureKind.AMOUNT)
          .statedValue(Decimals.hundredths(source.between(0, Budgets.MOST_WAN))).precision(2)
          .unit("万元").build();
    };
  }

  /**
   * The figures of an evaluation with {@code budget}: maybe its execution rate (预算完成率, executed ÷
   * full-year budget at two decimals, when the budget is not zero), and up to two more.
   */
  public static Gen<List<StatedFigure>> figures(Budget budget) {
    return source -> {
      List<StatedFigure> figures = new ArrayList<>();
      Optional<Percentage> rate = Percentage.ofRatio(budget.getExecuted(), budget.getFullYear(), 2);
      if (rate.isPresent() && source.nextBoolean()) {
        figures.add(StatedFigure.builder().code("execution-rate").name("预算完成率")
            .kind(FigureKind.RATE).statedValue(rate.get().value()).precision(2).unit("%")
            .numerator(budget.getExecuted()).denominator(budget.getFullYear())
            .quote("完成预算的 " + rate.get() + "。").build());
      }
      int more = source.intBetween(0, MAX_FIGURES);
      for (int f = 1; f <= more; f++) {
        figures.add(figure("figure-" + f).generate(source));
      }
      return List.copyOf(figures);
    };
  }

  private static StatedFigure rate(Source source, String code) {
    long denominator = source.between(1, 10_000);
    long numerator = source.between(0, denominator, denominator);
    int precision = source.intBetween(0, 2);
    Percentage stated = Percentage.ofRatio(BigDecimal.valueOf(numerator),
        BigDecimal.valueOf(denominator), precision).orElseThrow();
    return StatedFigure.builder().code(code).name("群众反映问题解决率").kind(FigureKind.RATE)
        .statedValue(stated.value()).precision(precision).unit("%")
        .numerator(BigDecimal.valueOf(numerator)).denominator(BigDecimal.valueOf(denominator))
        .build();
  }
}
