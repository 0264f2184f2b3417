package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Task;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;

/**
 * JX-402: the narrative claims every task was completed (全面完成各项目标任务) while a task's
 * completed count is below its planned count. One finding per such claim, at the claim, naming
 * the tasks short of their plan (ten at most, the rest counted); expected is 0 such tasks, actual
 * how many there are.
 */
final class AllTasksCompletedCheck extends StandardCheck {

  AllTasksCompletedCheck() {
    super(CheckCode.ALL_TASKS_COMPLETED_CONTRADICTED);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    Listed shortfalls = new Listed();
    for (Task task : context.evaluation().getTasks()) {
      if (task.getPlannedCount().isPresent() && task.getCompletedCount().isPresent()
          && task.getCompletedCount().get() < task.getPlannedCount().get()) {
        shortfalls.add(Message.of("check.shortfall", phrase("title", task.getTitle()),
            Argument.number("completed", task.getCompletedCount().get()),
            Argument.number("planned", task.getPlannedCount().get())));
      }
    }
    List<Finding> findings = new ArrayList<>();
    if (shortfalls.isEmpty()) {
      return findings;
    }
    List<NarrativeClaim> claims = context.evaluation().getNarrativeClaims();
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).getKind() == ClaimKind.ALL_TASKS_COMPLETED) {
        findings.add(finding("$.narrativeClaims[" + i + "]").expected("0")
            .actual(Long.toString(shortfalls.size()))
            .message(Message.of("check.claim-contradicted",
                phrase("quote", claims.get(i).getQuote()),
                Argument.message("contradictions", shortfalls.message())))
            .build());
      }
    }
    return findings;
  }
}
