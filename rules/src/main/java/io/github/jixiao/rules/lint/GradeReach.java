package io.github.jixiao.rules.lint;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.lint.RuleReach.Reach;
import io.github.jixiao.rules.rulebook.GradeBand;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The lint of the grade scale against the totals the rulebook can give (等级可达性). A grade scale
 * leaves no total without a grade — building it refuses one that does not start at 0, is not
 * ascending or starts a grade above 100 — but a grade can still lie out of reach: above the most
 * a rulebook gives when some leaves never earn their full points (优 from 90 when the best total is
 * 88), or below the least when every leaf keeps points whatever happens. The totals are those of an
 * evaluation in which every indicator applies: each leaf's best points, and its worst less the
 * deductions its cap lets be taken (without a cap, deductions can take any leaf to 0). A rulebook
 * whose level-1 weights are set by each evaluation is not read.
 */
final class GradeReach {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private GradeReach() {}

  /** {@code reaches}: each leaf rule's reach, by the rule's JSON path. */
  static void check(Rulebook rulebook, Map<String, Reach> reaches,
      Consumer<LintProblem> problems) {
    List<RulebookIndicator> nodes = rulebook.getIndicators();
    Set<String> parents = new HashSet<>();
    for (RulebookIndicator node : nodes) {
      if (node.getParentCode().isEmpty() && node.getWeight().isEmpty()) {
        return;
      }
      node.getParentCode().ifPresent(parents::add);
    }
    BigDecimal most = HUNDRED;
    BigDecimal least = BigDecimal.ZERO;
    for (int i = 0; i < nodes.size(); i++) {
      RulebookIndicator node = nodes.get(i);
      if (parents.contains(node.getCode()) || node.getWeight().isEmpty()) {
        continue;
      }
      BigDecimal weight = node.getWeight().get();
      Reach reach = reaches.getOrDefault("$.indicators[" + i + "].rule",
          new Reach(weight, BigDecimal.ZERO));
      most = most.subtract(weight.subtract(rulebook.getRounding().round(reach.most())));
      if (node.getDeductionCap().isPresent()) {
        BigDecimal kept = rulebook.getRounding().round(reach.least())
            .subtract(node.getDeductionCap().get());
        least = least.add(kept.max(BigDecimal.ZERO));
      }
    }
    List<GradeBand> bands = rulebook.getGradeScale().getBands();
    for (int b = 0; b < bands.size(); b++) {
      GradeBand band = bands.get(b);
      Argument grade = Argument.message("grade", Message.label(band.getGrade()));
      String at = "$.gradeScale.bands[" + b + "]";
      if (band.getFrom().compareTo(most) > 0) {
        problems.accept(LintProblem.of(LintCode.GRADE_UNREACHABLE, at + ".from",
            Message.of("rules.lint.grade.above-most", grade,
                Argument.number("from", band.getFrom()),
                Argument.number("most", RuleReach.plain(most)))));
      } else if (b + 1 < bands.size() && bands.get(b + 1).getFrom().compareTo(least) <= 0) {
        problems.accept(LintProblem.of(LintCode.GRADE_UNREACHABLE, at,
            Message.of("rules.lint.grade.below-least", grade,
                Argument.number("to", bands.get(b + 1).getFrom()),
                Argument.number("least", RuleReach.plain(least)))));
      }
    }
  }
}
