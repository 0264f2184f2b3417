package io.github.jixiao.report.extract;

import io.github.jixiao.core.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The self-score and grade read (自评得分与等级): "自评为 94 分", "综合评分为97分" as the claimed
 * total, exact at the decimals printed; "等次为优秀", "自评等级：良" as the claimed grade, the word
 * mapped to the domain's grade by the rules' table (优秀 and 优 are 优). A score above 100 is read
 * as printed: that it cannot be is a reviewer's finding.
 */
final class ScoreReading {

  private ScoreReading() {}

  static void read(Draft draft, List<Match> matches, ExtractionRules rules) {
    Picks.pick(draft, Picks.of(matches, "claimedTotal"), "claimedTotal",
        m -> m.group("score").map(Numbers::decimal)).ifPresent(m -> {
          BigDecimal score = Numbers.decimal(m.group("score").orElseThrow());
          draft.found("claimedTotal");
          draft.claimedTotal = Optional.of(Draft.single(score,
              Source.of(m, "claimedTotal"), "$.claimedTotal"));
        });
    Picks.pick(draft, Picks.of(matches, "claimedGrade"), "claimedGrade",
        m -> m.group("grade").flatMap(rules::grade)).ifPresent(m -> {
          Grade grade = m.group("grade").flatMap(rules::grade).orElseThrow();
          draft.found("claimedGrade");
          draft.claimedGrade = Optional.of(Draft.single(grade,
              Source.of(m, "claimedGrade"), "$.claimedGrade"));
        });
  }
}
