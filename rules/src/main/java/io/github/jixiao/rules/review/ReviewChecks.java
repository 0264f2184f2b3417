package io.github.jixiao.rules.review;

import io.github.jixiao.core.Review;
import io.github.jixiao.core.ReviewEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The review's own problems (复核问题), the reviewers' standard 14 (lifecycle.md §4) and what a
 * workpaper must hold: JX-701 a deduction with no reason; JX-702 a reason saying there is no
 * evidence (无佐证, 未提供 …) while points remain; JX-703 a stated share of the weight (扣分比例)
 * that is not the points taken (share × weight ÷ 100 at 2 decimals, half up); JX-704 a blank
 * review score; JX-705 a score outside [0, weight]; JX-706 a row for an indicator the card does
 * not have (a row of a group, a subtotal, is not looked at); JX-707 a review of another unit or
 * year; JX-708 a stated total that is not the sum of the scores; and JX-709, the standard 5, in
 * {@link FarAboveTarget}.
 */
final class ReviewChecks {

  /** The words of a reason that says the evidence is missing. */
  static final List<String> NO_EVIDENCE = List.of("无佐证", "未提供", "没资料", "无资料", "没有资料",
      "缺少佐证", "未见佐证");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ReviewChecks() {}

  static List<ReviewProblem> problems(Review review, SelfEvaluation evaluation, ScoreCard card,
      Optional<BigDecimal> sum) {
    List<ReviewProblem> found = new ArrayList<>();
    var of = review.getEvaluation();
    if (!of.getDepartmentCode().equals(evaluation.getDepartment().getCode())
        || !of.getFiscalYear().equals(evaluation.getFiscalYear())) {
      found.add(new ReviewProblem("JX-707", Severity.ERROR, "$.evaluation", Message.of(
          "rules.review.not-this-evaluation", text("reviewed", of.getDepartmentCode()),
          Argument.number("reviewedYear", of.getFiscalYear()),
          text("actual", evaluation.getDepartment().getCode()),
          Argument.number("actualYear", evaluation.getFiscalYear()))));
    }
    Map<String, IndicatorScore> scored = new HashMap<>();
    card.getIndicators().forEach(s -> scored.putIfAbsent(s.getCode(), s));
    Set<String> groups = new HashSet<>();
    card.getGroups().forEach(g -> groups.add(g.getCode()));
    List<ReviewEntry> entries = review.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      if (!groups.contains(entries.get(i).getIndicatorCode())) { // a group's row: its subtotal
        row(entries.get(i), "$.entries[" + i + "]", scored, found);
      }
    }
    FarAboveTarget.problems(review, evaluation, found);
    if (review.getTotal().isPresent() && sum.isPresent()
        && review.getTotal().get().compareTo(sum.get()) != 0) {
      found.add(new ReviewProblem("JX-708", Severity.WARNING, "$.total", Message.of(
          "rules.review.total-vs-rows", Argument.number("total", review.getTotal().get()),
          Argument.number("sum", sum.get()))));
    }
    return found;
  }

  private static void row(ReviewEntry e, String at, Map<String, IndicatorScore> card,
      List<ReviewProblem> found) {
    Optional<IndicatorScore> scored = Optional.ofNullable(card.get(e.getIndicatorCode()));
    if (scored.isEmpty()) {
      found.add(new ReviewProblem("JX-706", Severity.ERROR, at + ".indicatorCode", Message.of(
          "rules.review.unknown-indicator", text("code", e.getIndicatorCode()))));
      return;
    }
    IndicatorScore s = scored.get();
    Argument code = text("code", s.getCode());
    Argument name = text("name", s.getName());
    BigDecimal weight = s.getWeight();
    if (e.getScore().isEmpty()) {
      found.add(new ReviewProblem("JX-704", Severity.ERROR, at + ".score",
          Message.of("rules.review.blank-score", code, name)));
    } else if (e.getScore().get().signum() < 0 || e.getScore().get().compareTo(weight) > 0) {
      found.add(new ReviewProblem("JX-705", Severity.ERROR, at + ".score", Message.of(
          "rules.review.score-out-of-range", code, name,
          Argument.number("score", e.getScore().get()), Argument.number("weight", weight))));
    }
    Optional<BigDecimal> byShare = e.getDeductionPercent().map(p -> p.multiply(weight)
        .divide(HUNDRED, 2, RoundingMode.HALF_UP));
    Optional<BigDecimal> taken = e.getDeduction().or(() -> byShare);
    if (taken.isPresent() && taken.get().signum() > 0 && e.getReason().isEmpty()) {
      found.add(new ReviewProblem("JX-701", Severity.WARNING, at + ".reason", Message.of(
          "rules.review.deduction-without-reason", code, name,
          Argument.number("taken", taken.get()))));
    }
    Optional<String> missing = e.getReason().flatMap(r -> NO_EVIDENCE.stream()
        .filter(r::contains).findFirst());
    if (missing.isPresent() && e.getScore().isPresent() && e.getScore().get().signum() > 0) {
      found.add(new ReviewProblem("JX-702", Severity.WARNING, at + ".score", Message.of(
          "rules.review.no-evidence-with-points", code, name, text("word", missing.get()),
          Argument.number("score", e.getScore().get()))));
    }
    if (byShare.isPresent() && e.getDeduction().isPresent()
        && byShare.get().compareTo(e.getDeduction().get()) != 0) {
      found.add(new ReviewProblem("JX-703", Severity.WARNING, at + ".deductionPercent",
          Message.of("rules.review.percent-mismatch", code, name,
              Argument.number("percent", e.getDeductionPercent().get()),
              Argument.number("weight", weight), Argument.number("expected", byShare.get()),
              Argument.number("taken", e.getDeduction().get()))));
    }
  }

  private static Argument text(String name, String value) {
    return Argument.text(name, Echo.text(value));
  }
}
