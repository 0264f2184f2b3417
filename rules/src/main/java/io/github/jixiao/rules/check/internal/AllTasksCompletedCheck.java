package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Task;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.internal.Listing;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;

/**
 * JX-402: the narrative claims every task was completed (全面完成各项目标任务) while a task's
 * completed count is below its planned count. One finding per such claim, at the claim.
 */
final class AllTasksCompletedCheck extends StandardCheck {

  AllTasksCompletedCheck() {
    super(CheckCode.ALL_TASKS_COMPLETED_CONTRADICTED);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<String> shortfalls = new ArrayList<>();
    List<String> shortZh = new ArrayList<>();
    for (Task task : context.evaluation().getTasks()) {
      if (task.getPlannedCount().isPresent() && task.getCompletedCount().isPresent()
          && task.getCompletedCount().get() < task.getPlannedCount().get()) {
        String title = Echo.phrase(task.getTitle());
        shortfalls.add("'" + title + "' did " + task.getCompletedCount().get() + " of "
            + task.getPlannedCount().get());
        shortZh.add("“" + title + "”计划 " + task.getPlannedCount().get() + "，完成 "
            + task.getCompletedCount().get());
      }
    }
    List<Finding> findings = new ArrayList<>();
    if (shortfalls.isEmpty()) {
      return findings;
    }
    List<NarrativeClaim> claims = context.evaluation().getNarrativeClaims();
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).getKind() == ClaimKind.ALL_TASKS_COMPLETED) {
        findings.add(finding("$.narrativeClaims[" + i + "]").expected("every task completed")
            .actual(Listing.en(shortfalls))
            .messageEn("the report claims \"" + Echo.text(claims.get(i).getQuote(), Listing.TEXT)
                + "\" but " + Listing.en(shortfalls))
            .messageZh("报告称“" + Echo.text(claims.get(i).getQuote(), Listing.TEXT) + "”，但"
                + Listing.zh(shortZh))
            .build());
      }
    }
    return findings;
  }
}
