package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JX-403: a problem the report admits (存在的问题) concerns indicators that all kept full points — a
 * sign of an inflated self-score (自评虚高). A problem concerns an indicator by naming its code, or
 * by naming an area equal to the indicator's name (the seed's area 预算执行 is the name of a
 * level-2 group). An indicator kept full points when it is a leaf whose claimed score reaches its
 * weight, or a group whose every leaf did. Computed once, bottom-up, in linear time.
 */
final class ProblemWithFullPointsCheck extends StandardCheck {

  ProblemWithFullPointsCheck() {
    super(CheckCode.PROBLEM_WITH_FULL_POINTS);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Problem> problems = context.evaluation().getProblems();
    if (problems.isEmpty()) {
      return List.of();
    }
    List<Indicator> indicators = context.evaluation().getIndicators();
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int i = 0; i < indicators.size(); i++) {
      byName.computeIfAbsent(indicators.get(i).getName(), k -> new ArrayList<>()).add(i);
    }
    Map<String, Boolean> full = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (int p = 0; p < problems.size(); p++) {
      Problem problem = problems.get(p);
      List<String> codes = problem.getIndicatorCodes();
      for (int c = 0; c < codes.size(); c++) {
        Optional<Integer> at = context.indicatorIndex(codes.get(c));
        if (at.isPresent() && keptFull(context, indicators.get(at.get()), full)) {
          findings.add(found("$.problems[" + p + "].indicatorCodes[" + c + "]", problem,
              indicators.get(at.get())));
        }
      }
      List<String> areas = problem.getAreas();
      for (int a = 0; a < areas.size(); a++) {
        for (int i : byName.getOrDefault(areas.get(a), List.of())) {
          if (keptFull(context, indicators.get(i), full)) {
            findings.add(found("$.problems[" + p + "].areas[" + a + "]", problem,
                indicators.get(i)));
          }
        }
      }
    }
    return findings;
  }

  private Finding found(String path, Problem problem, Indicator indicator) {
    String weight = plain(indicator.getWeight());
    return finding(path).expected("< " + weight).actual(weight)
        .message(Message.of("check.problem-full-points", phrase("problem", problem.getText()),
            code(indicator), name(indicator), number("weight", indicator.getWeight())))
        .build();
  }

  /** Memoised: each indicator is decided once, from its children's answers. */
  private static boolean keptFull(CheckContext context, Indicator indicator,
      Map<String, Boolean> memo) {
    Boolean known = memo.get(indicator.getCode());
    if (known != null) {
      return known;
    }
    List<Integer> children = context.childIndices(indicator.getCode());
    boolean result;
    if (children.isEmpty()) {
      // Full points in the end: net of a 扣减分数 the rulebook subtracts.
      Optional<BigDecimal> claimed = context.netClaim(indicator.getCode());
      result = claimed.isPresent() && claimed.get().compareTo(indicator.getWeight()) >= 0;
    } else {
      result = true;
      for (int c : children) {
        result &= keptFull(context, context.evaluation().getIndicators().get(c), memo);
      }
    }
    memo.put(indicator.getCode(), result);
    return result;
  }
}
