package io.github.jixiao.rules.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of a review (审核报告): the findings in a stable order (by check code, then by path
 * with list indices compared as numbers), counts by severity, the codes of the checks that ran and
 * the checks that did not, with why.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCheckReport.class)
@JsonDeserialize(as = ImmutableCheckReport.class)
public interface CheckReport extends WithCheckReport {

  /**
   * The file the evaluation checked was read from (输入文件), when the caller says: a line among
   * many of JSON Lines names its evaluation by it.
   */
  Optional<InputFile> getInput();

  /** Every finding, ordered by check code, then path, then code and message key and arguments. */
  List<Finding> getFindings();

  /** The codes of the checks that ran, in order. */
  List<String> getChecksRun();

  /** The checks that did not run, each with why. */
  List<SkippedCheck> getChecksNotRun();

  /** How many findings have this severity. */
  default int count(Severity severity) {
    int n = 0;
    for (Finding f : getFindings()) {
      if (f.getSeverity() == severity) {
        n++;
      }
    }
    return n;
  }

  /** The number of findings of each severity, every severity present (zero when none). */
  default Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    getFindings().forEach(f -> counts.merge(f.getSeverity(), 1, Integer::sum));
    return counts;
  }

  /** Whether any finding is an {@link Severity#ERROR error}. */
  default boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** The findings with this code, in report order. */
  default List<Finding> findings(String code) {
    return getFindings().stream().filter(f -> f.getCode().equals(code)).toList();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CheckReport}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableCheckReport.Builder {}

  /**
   * Checks that findings are in report order and no check both ran and did not run. A report
   * has no Bean Validation constraints of its own, and the runner's reports hold these invariants
   * by construction, so they are first tested by hand without allocating; only a report that
   * fails that test goes through {@link Validation}, which words every violation as before.
   */
  @Value.Check
  default void validate() {
    Validation.required(this, "CheckReport");
    if (ReportOrder.holds(getFindings(), getChecksRun(), getChecksNotRun())) {
      return;
    }
    Validation.check(this, "CheckReport", v -> {
      List<Finding> findings = getFindings();
      for (int i = 1; i < findings.size(); i++) {
        v.require(FindingOrder.INSTANCE.compare(findings.get(i - 1), findings.get(i)) <= 0,
            "findings[" + i + "]", () -> Message.of("check.report.order"));
      }
      Set<String> ran = new HashSet<>(getChecksRun());
      v.unique(getChecksRun(), c -> c, "checksRun", "code");
      for (int i = 0; i < getChecksNotRun().size(); i++) {
        String code = getChecksNotRun().get(i).getCheckCode();
        v.require(!ran.contains(code), "checksNotRun[" + i + "].checkCode",
            () -> Message.of("check.report.run-and-not-run", Argument.text("code", code)));
      }
    });
  }
}
