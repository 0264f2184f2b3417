package io.github.jixiao.rules.check;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.result.SkippedCheck;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.spi.ConsistencyCheck;
import java.util.List;
import java.util.Optional;

/**
 * A check run at a severity a bureau chose (审核规则的严重程度调整): the same code, description and
 * findings as {@code check}, each finding at {@code severity} — a firm's "fatal" standard as an
 * error, an "optional" one as info. Made by {@link Checks#withSeverity}.
 */
final class SeverityOverride implements ConsistencyCheck {

  private final ConsistencyCheck check;
  private final Severity severity;

  SeverityOverride(ConsistencyCheck check, Severity severity) {
    this.check = check instanceof SeverityOverride o ? o.check : check;
    this.severity = severity;
  }

  @Override
  public String code() {
    return check.code();
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public Message description() {
    return check.description();
  }

  @Override
  public Optional<SkippedCheck> whyNotRun(CheckContext context) {
    return check.whyNotRun(context);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    return check.check(context).stream().map(f -> f.withSeverity(severity)).toList();
  }

  @Override
  public String toString() {
    return check + " at " + severity;
  }
}
