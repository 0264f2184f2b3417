package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.SkippedCheck;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.Optional;

/** A check that needs the rulebook the evaluation is scored under; not run without one. */
abstract class RescoringCheck extends StandardCheck {

  RescoringCheck(CheckCode code) {
    super(code);
  }

  @Override
  public Optional<SkippedCheck> whyNotRun(CheckContext context) {
    return context.rulebook().isPresent() ? Optional.empty()
        : Optional.of(notRun(Message.of("check.not-run.no-rulebook")));
  }
}
