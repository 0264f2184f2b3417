package io.github.jixiao.rules.check;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.spi.ConsistencyCheck;
import java.util.List;

/**
 * A user's own check, found through {@code ServiceLoader}: a department that promises improvement
 * measures (改进措施) for every problem it lists. Its words are in its provider's bundle, {@value
 * DiscoveredChecks#BUNDLE}.
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
  public Message description() {
    return Message.of("gz.check.measures");
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
        .message(Message.of("gz.check.measures.fewer", Argument.number("problems", problems),
            Argument.number("measures", measures)))
        .build());
  }
}
