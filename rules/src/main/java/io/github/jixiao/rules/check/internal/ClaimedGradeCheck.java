package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Grade;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.rulebook.GradeScale;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * JX-207: the claimed grade (自评等级) is not the grade of the claimed total on the rulebook's
 * grade scale (the central one: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below). Path {@code $.claimedGrade}.
 */
final class ClaimedGradeCheck extends RescoringCheck {

  ClaimedGradeCheck() {
    super(CheckCode.CLAIMED_GRADE_VS_TOTAL);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    SelfEvaluation evaluation = context.evaluation();
    if (evaluation.getClaimedGrade().isEmpty() || evaluation.getClaimedTotal().isEmpty()) {
      return List.of();
    }
    GradeScale scale = context.rulebook().orElseThrow().getGradeScale();
    BigDecimal total = evaluation.getClaimedTotal().get();
    Grade expected = scale.gradeOf(total);
    Grade claimed = evaluation.getClaimedGrade().get();
    if (expected == claimed) {
      return List.of();
    }
    // Expected and actual as the document writes a grade; the message names them in words.
    return List.of(finding("$.claimedGrade").expected(expected.name()).actual(claimed.name())
        .message(Message.of("check.claimed-grade",
            Argument.message("claimed", Message.label(claimed)), number("total", total),
            Argument.message("expected", Message.label(expected)),
            text("rulebook", context.rulebook().get().getId())))
        .build());
  }
}
