package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Task;
import io.github.jixiao.rules.internal.Echo;
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
        findings.add(finding("$.tasks[" + t + "].dutyCodes").expected("at least one duty")
            .actual("none")
            .messageEn("the key task '" + Echo.phrase(task.getTitle())
                + "' serves none of the department's duties")
            .messageZh("重点工作任务“" + Echo.phrase(task.getTitle()) + "”未对应任何部门职责")
            .build());
      }
    }
    return findings;
  }
}
