package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Task;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;

/** JX-501: a key task (重点工作) that serves none of the department's duties (职责). */
final class KeyTaskWithoutDutyCheck extends StandardCheck {

  KeyTaskWithoutDutyCheck() {
    super(CheckCode.KEY_TASK_WITHOUT_DUTY);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Task> tasks = context.evaluation().getTasks();
    for (int t = 0; t < tasks.size(); t++) {
      Task task = tasks.get(t);
      if (task.isKey() && task.getDutyCodes().isEmpty()) {
        // Expected and actual count the task's duty codes.
        findings.add(finding("$.tasks[" + t + "].dutyCodes").expected("≥ 1").actual("0")
            .message(Message.of("check.key-task-without-duty", phrase("title", task.getTitle())))
            .build());
      }
    }
    return findings;
  }
}
