package io.github.jixiao.rules.review;

import io.github.jixiao.core.Grade;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A review set beside the self-evaluation (复核对照表): per indicator and for the total the
 * unit's score (自评), the rules' (规则, the scorer's) and the reviewer's (复核), 偏离度 = (自评得分 −
 * 复核得分) ÷ 自评得分 in percent at 2 decimals rounded half up (not applicable without both
 * scores or when the unit's is 0), the grades before and after, and the review's own problems.
 *
 * @param rulebook the id of the rulebook the rules' scores are under
 * @param rows one per scored indicator of the score card, in its order
 * @param unitTotal the unit's claimed total (自评总分)
 * @param rulesTotal the rules' total
 * @param reviewTotal the review's total (复核总分): as stated, else the sum of its scores when
 *     every applicable indicator has one and the scorer moved no weight between groups
 * @param deviation the total's 偏离度, in %
 * @param unitGrade the unit's grade: as claimed, else of its total on the rulebook's scale
 * @param reviewGrade the review's grade: as stated, else of its total on the rulebook's scale
 * @param problems the review's own problems, in the document's order
 */
public record ReviewCard(String rulebook, List<ReviewRow> rows, Optional<BigDecimal> unitTotal,
    Optional<BigDecimal> rulesTotal, Optional<BigDecimal> reviewTotal,
    Optional<BigDecimal> deviation, Optional<Grade> unitGrade, Optional<Grade> reviewGrade,
    List<ReviewProblem> problems) {

  /** Copies the lists. */
  public ReviewCard {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  /** Whether the grade changed on review (both known and different). */
  public boolean gradeChanged() {
    return unitGrade.isPresent() && reviewGrade.isPresent() && unitGrade.get() != reviewGrade.get();
  }

  /**
   * The indicators the review changed most: those whose score it changed, by the size of the
   * change (largest first, then in the card's order), at most {@code most}.
   */
  public List<ReviewRow> changedMost(int most) {
    return rows.stream().filter(r -> r.change().map(c -> c.signum() != 0).orElse(false))
        .sorted(Comparator.comparing((ReviewRow r) -> r.change().orElseThrow().abs()).reversed())
        .limit(Math.max(0, most)).toList();
  }

  /** Whether a problem of severity error was found. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == io.github.jixiao.rules.result.Severity
        .ERROR);
  }
}
