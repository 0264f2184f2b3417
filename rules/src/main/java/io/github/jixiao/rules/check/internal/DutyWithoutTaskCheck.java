package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Duty;
import io.github.jixiao.core.Task;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.SkippedCheck;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JX-502: a duty of the department (职责) that none of the year's tasks serves (coverage). Not run
 * when the evaluation lists no tasks: then every duty would be reported, which says nothing.
 */
final class DutyWithoutTaskCheck extends StandardCheck {

  DutyWithoutTaskCheck() {
    super(CheckCode.DUTY_WITHOUT_TASK);
  }

  @Override
  public Optional<SkippedCheck> whyNotRun(CheckContext context) {
    return context.evaluation().getTasks().isEmpty()
        ? Optional.of(notRun(Message.of("check.not-run.no-tasks")))
        : Optional.empty();
  }

  @Override
  public List<Finding> check(CheckContext context) {
    Set<String> served = new HashSet<>();
    for (Task task : context.evaluation().getTasks()) {
      served.addAll(task.getDutyCodes());
    }
    List<Finding> findings = new ArrayList<>();
    List<Duty> duties = context.evaluation().getDepartment().getDuties();
    for (int d = 0; d < duties.size(); d++) {
      Duty duty = duties.get(d);
      if (!served.contains(duty.getCode())) {
        findings.add(finding("$.department.duties[" + d + "]").actual(Echo.text(duty.getCode()))
            .message(Message.of("check.duty-without-task", phrase("duty", duty.getText())))
            .build());
      }
    }
    return findings;
  }
}
