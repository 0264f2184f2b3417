package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.JsonPaths;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.scoring.ScoringException;
import io.github.jixiao.rules.spi.ConsistencyCheck;

/**
 * The findings of a check that failed (审核规则执行出错, {@link CheckCode#CHECK_FAILED JX-000}),
 * each naming the check by its code and description: it threw, returned null, returned a null
 * finding or another check's.
 *
 * <p>Why matters more than what threw: a score card that cannot be made, a value the check built
 * wrong, or any other of Jixiao's own exceptions is said in that exception's keyed words;
 * anything else by its class and the place it was thrown, never by its text, which is a
 * library's or a plug-in's and in no known language.
 */
public final class CheckFailures {

  // The most characters of a class name or a stack frame a JX-000 finding shows.
  private static final int MAX_WHERE = 300;

  private CheckFailures() {}

  /** That {@code check} threw {@code e}. */
  public static Finding threw(ConsistencyCheck check, Throwable e) {
    if (e instanceof ScoringException s) {
      return finding(check, "check.failed.unscorable", Argument.message("reason", s.said()));
    }
    if (e instanceof InvalidValueException invalid) {
      Listed problems = new Listed();
      for (Violation v : invalid.violations()) {
        problems.add(Message.of("check.failed.violation", Argument.text("path", v.path()),
            Argument.message("problem", v.message())));
      }
      if (!problems.isEmpty()) {
        return finding(check, "check.failed.invalid", Argument.text("type", invalid.type()),
            Argument.message("problems", problems.message()));
      }
    }
    if (e instanceof JixiaoException j) {
      return finding(check, "check.failed.said", Argument.message("reason", j.said()));
    }
    Argument exception = Argument.text("exception", Echo.text(e.getClass().getName(),
        MAX_WHERE));
    StackTraceElement[] trace = e.getStackTrace();
    if (trace.length == 0) {
      return finding(check, "check.failed.threw", exception);
    }
    return finding(check, "check.failed.threw-at", exception,
        Argument.text("at", Echo.text(frame(trace[0]), MAX_WHERE)));
  }

  /** That {@code check} returned null instead of a list. */
  public static Finding returnedNull(ConsistencyCheck check) {
    return finding(check, "check.failed.null");
  }

  /** That {@code check} returned a list holding null. */
  public static Finding returnedNullFinding(ConsistencyCheck check) {
    return finding(check, "check.failed.null-finding");
  }

  /** That {@code check} returned a finding of the check {@code other}. */
  public static Finding returnedForeign(ConsistencyCheck check, String other) {
    return finding(check, "check.failed.foreign", Argument.text("other", Echo.text(other)));
  }

  /** {@code com.example.MyCheck.check(MyCheck.java:42)}: where, without loader or module. */
  private static String frame(StackTraceElement at) {
    String file = at.getFileName() == null ? "?" : at.getFileName();
    return at.getClassName() + "." + at.getMethodName() + "(" + file
        + (at.getLineNumber() >= 0 ? ":" + at.getLineNumber() : "") + ")";
  }

  private static Finding finding(ConsistencyCheck check, String key, Argument... why) {
    Argument[] arguments = new Argument[why.length + 2];
    arguments[0] = Argument.text("check", Echo.text(check.code()));
    arguments[1] = describe(check);
    System.arraycopy(why, 0, arguments, 2, why.length);
    CheckCode failed = CheckCode.CHECK_FAILED;
    return Finding.builder().code(failed.code()).checkCode(check.code())
        .severity(failed.severity()).path(JsonPaths.ROOT)
        .message(Message.of(key, arguments))
        .build();
  }

  // A failing user's check is not trusted to describe itself either: its class names it then.
  private static Argument describe(ConsistencyCheck check) {
    try {
      Message description = check.description();
      if (description != null) {
        return Argument.message("description", description);
      }
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      // named by its class below
    }
    return Argument.text("description", Echo.text(check.getClass().getName(), MAX_WHERE));
  }
}
