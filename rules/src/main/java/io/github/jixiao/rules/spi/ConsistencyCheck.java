package io.github.jixiao.rules.spi;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.result.SkippedCheck;
import java.util.List;
import java.util.Optional;

/**
 * One check a reviewer makes on a self-evaluation (审核规则): the plug-in point for consistency
 * checks, beside the scoring rules. Jixiao's own are in {@link Checks#standard()}; a user writes a
 * class implementing this interface and registers it with {@link Checks#with}, or gives it from
 * a {@link io.github.jixiao.rules.spi.ConsistencyCheckProvider} found by {@link
 * java.util.ServiceLoader} when {@link Checks#withDiscovered()} is asked for.
 *
 * <p>The contract: a check is pure and thread-safe — it must not alter its input, keep state
 * between calls or depend on anything but the context — and it costs time linear in the size of the
 * evaluation (use the indexes of {@link CheckContext} rather than nested scans). Its code is stable
 * and never reused; every finding it returns carries its code as {@link Finding#getCheckCode()}.
 * A check that throws, returns {@code null} or returns another check's findings is reported as an
 * error finding ({@link CheckCode#CHECK_FAILED JX-000}) naming it; the other checks still run.
 *
 * <p>What a check says — its description, its findings, why it did not run — is a {@link
 * Message}: a key and arguments, rendered from a bundle in the reader's language. A check of
 * one's own keeps its words in a bundle of its own, named by its {@link
 * ConsistencyCheckProvider#messageBundle() provider} or {@linkplain
 * io.github.jixiao.core.message.MessageBundles#register registered} by hand, or carries them
 * inline with {@link Message#custom}.
 */
public interface ConsistencyCheck {

  /** The stable code, e.g. {@code JX-101}; unique within a {@link Checks} registry. */
  String code();

  /** The severity of this check's findings. */
  Severity severity();

  /**
   * What the check catches, in one line: for a standard check the message {@code
   * check.code.JX-101} of its {@link CheckCode}; for one's own, e.g. {@code
   * Message.custom("gz.check.measures", "改进措施少于存在的问题", "fewer improvement measures than
   * problems")}.
   */
  Message description();

  /**
   * Why this check cannot run on this context, if it cannot — e.g. it needs a rulebook and none
   * was given; empty (the default) when it can. A check not run is listed in the report.
   */
  default Optional<SkippedCheck> whyNotRun(CheckContext context) {
    return Optional.empty();
  }

  /**
   * The findings of this check on the evaluation of {@code context}, in any order; empty when it
   * finds nothing.
   */
  List<Finding> check(CheckContext context);

  /** A finding of this check at {@code path}, with its code and severity already set. */
  default Finding.Builder finding(String path) {
    Finding.Builder builder = Finding.builder();
    builder.code(code()).checkCode(code()).severity(severity()).path(path);
    return builder;
  }

  /** That this check was not run, for {@code reason}. */
  default SkippedCheck notRun(Message reason) {
    return SkippedCheck.of(code(), reason);
  }
}
