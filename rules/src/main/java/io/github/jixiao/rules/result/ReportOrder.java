package io.github.jixiao.rules.result;

import java.util.Collections;
import java.util.List;

/**
 * A cheap, allocation-free test of a check report's (审核报告) invariants, run every time a report is built:
 * findings in report order, the checks run unique, and none both run and not run. It may answer
 * {@code false} for a valid report (checks run out of code order); the caller then validates in
 * full, so only its {@code true} has to be exact.
 */
final class ReportOrder {

  private ReportOrder() {}

  /** Whether the invariants certainly hold. */
  static boolean holds(List<Finding> findings, List<String> checksRun,
      List<SkippedCheck> checksNotRun) {
    for (int i = 1; i < findings.size(); i++) {
      if (FindingOrder.INSTANCE.compare(findings.get(i - 1), findings.get(i)) > 0) {
        return false;
      }
    }
    // Strictly increasing codes are unique and can be searched: the runner runs checks in code
    // order, so its reports pass here without a set of the codes.
    for (int i = 1; i < checksRun.size(); i++) {
      if (checksRun.get(i - 1).compareTo(checksRun.get(i)) >= 0) {
        return false;
      }
    }
    for (int i = 0; i < checksNotRun.size(); i++) {
      if (Collections.binarySearch(checksRun, checksNotRun.get(i).getCheckCode()) >= 0) {
        return false;
      }
    }
    return true;
  }
}
