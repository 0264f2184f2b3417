package io.github.jixiao.rules.check;

import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.spi.ConsistencyCheck;
import java.util.List;

/**
 * A user's own check, found through {@code ServiceLoader}: a department that promises improvement
 * measures (改进措施) for every problem it lists.
 */
public final class DiscoveredCheck implements ConsistencyCheck {

  @Override
  public String code() {
    return "GZ-001";
  }

  @Override
  public Severity severity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "fewer improvement measures than problems";
  }

  @Override
  public String descriptionZh() {
    return "改进措施少于存在的问题";
  }

  @Override
  public List<Finding> check(CheckContext context) {
    int problems = context.evaluation().getProblems().size();
    int measures = context.evaluation().getImprovements().size();
    if (measures >= problems) {
      return List.of();
    }
    return List.of(finding("improvements").expected(Integer.toString(problems))
        .actual(Integer.toString(measures))
        .messageEn(problems + " problems but " + measures + " improvement measures")
        .messageZh("存在问题 " + problems + " 个，改进措施 " + measures + " 条").build());
  }
}
