package io.github.jixiao.rules.check;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.value.JsonPaths;
import io.github.jixiao.rules.check.internal.FindingOrder;
import io.github.jixiao.rules.check.internal.StandardChecks;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.ScoringException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * A set of consistency checks (审核规则集) keyed by their stable codes, in code order, and the
 * runner that applies them to an evaluation. Immutable: {@link #with} and {@link #withDiscovered}
 * return new sets, and refuse a code that is already taken.
 *
 * <pre>{@code
 * CheckReport report = Checks.standard().run(evaluation);            // the methodology's checks
 * Checks mine = Checks.standard().with(new MyCheck());                // plus a check of one's own
 * Checks found = Checks.standard().withDiscovered(getClass().getClassLoader()); // via ServiceLoader
 * }</pre>
 */
public final class Checks implements Iterable<ConsistencyCheck> {

  // The most characters of a failure's own words a JX-000 finding shows.
  private static final int MAX_WHY = 1_000;

  private static final Checks STANDARD = new Checks(new TreeMap<>()).with(StandardChecks.all());

  private final Map<String, ConsistencyCheck> byCode;

  private Checks(TreeMap<String, ConsistencyCheck> byCode) {
    this.byCode = byCode;
  }

  /** Every check of the methodology, one per {@link CheckCode} except JX-000. */
  public static Checks standard() {
    return STANDARD;
  }

  /** No checks: the start of a set of one's own. */
  public static Checks none() {
    return new Checks(new TreeMap<>());
  }

  /**
   * This set plus {@code checks}.
   *
   * @throws IllegalArgumentException if a code is blank, or already taken here or among {@code
   *     checks}, naming both classes
   */
  public Checks with(ConsistencyCheck... checks) {
    return with(Arrays.asList(checks));
  }

  /** This set plus {@code checks}; see {@link #with(ConsistencyCheck...)}. */
  public Checks with(Collection<? extends ConsistencyCheck> checks) {
    TreeMap<String, ConsistencyCheck> next = new TreeMap<>(byCode);
    for (ConsistencyCheck check : checks) {
      Objects.requireNonNull(check, "check");
      String code = check.code();
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException("consistency check " + check.getClass().getName()
            + " has no code: every check needs a stable code");
      }
      Objects.requireNonNull(check.severity(), () -> "severity of check " + code);
      ConsistencyCheck taken = next.putIfAbsent(code, check);
      if (taken != null) {
        throw new IllegalArgumentException("duplicate consistency check code '" + code + "': "
            + check.getClass().getName() + " and " + taken.getClass().getName()
            + " (a code names one check; choose another code)");
      }
    }
    return new Checks(next);
  }

  /**
   * This set plus every {@link ConsistencyCheck} that {@link ServiceLoader} finds through {@code
   * classLoader}.
   *
   * @throws IllegalArgumentException if a discovered code is already taken
   * @throws IllegalStateException if a provider cannot be loaded
   */
  public Checks withDiscovered(ClassLoader classLoader) {
    List<ConsistencyCheck> found = new ArrayList<>();
    try {
      ServiceLoader.load(ConsistencyCheck.class, classLoader).forEach(found::add);
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("cannot load a consistency check through ServiceLoader: "
          + e.getMessage(), e);
    }
    return with(found);
  }

  /** The checks, in code order. */
  public List<ConsistencyCheck> list() {
    return List.copyOf(byCode.values());
  }

  /** The codes, in order. */
  public List<String> codes() {
    return List.copyOf(byCode.keySet());
  }

  /** The check with this code. */
  public Optional<ConsistencyCheck> get(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  @Override
  public Iterator<ConsistencyCheck> iterator() {
    return list().iterator();
  }

  /** Runs every check on {@code evaluation} alone (checks that need a rulebook are not run). */
  public CheckReport run(SelfEvaluation evaluation) {
    return run(CheckContext.of(evaluation));
  }

  /**
   * Runs every check on {@code evaluation} under {@code rulebook}, scored by {@link
   * io.github.jixiao.rules.scoring.Scorer#standard()} for the checks that rescore.
   */
  public CheckReport run(SelfEvaluation evaluation, Rulebook rulebook) {
    return run(CheckContext.of(evaluation, rulebook));
  }

  /**
   * Runs every check on {@code context}: a check that cannot run is listed as not run; a check
   * that fails becomes a {@link CheckCode#CHECK_FAILED JX-000} finding naming it, and the others
   * still run. A failure is an exception, or an error a check can cause ({@link
   * StackOverflowError}, {@link AssertionError}, {@link LinkageError} such as {@link
   * NoClassDefFoundError}); other {@link VirtualMachineError}s, such as {@link OutOfMemoryError},
   * propagate.
   */
  public CheckReport run(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    CheckReport.Builder report = CheckReport.builder();
    for (ConsistencyCheck check : byCode.values()) {
      Optional<SkippedCheck> skipped;
      try {
        skipped = check.whyNotRun(context);
      } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
        // Errors a plug-in causes are reported like exceptions; OutOfMemoryError and other
        // VirtualMachineErrors of the JVM itself propagate.
        findings.add(failure(check, e));
        report.addChecksRun(check.code());
        continue;
      }
      if (skipped.isPresent()) {
        report.addChecksNotRun(skipped.get().getCheckCode().equals(check.code()) ? skipped.get()
            : SkippedCheck.of(check.code(), skipped.get().getReasonEn(),
                skipped.get().getReasonZh()));
        continue;
      }
      report.addChecksRun(check.code());
      findings.addAll(runOne(check, context));
    }
    findings.sort(FindingOrder.INSTANCE);
    return report.addAllFindings(findings).build();
  }

  private static List<Finding> runOne(ConsistencyCheck check, CheckContext context) {
    List<Finding> found;
    try {
      found = check.check(context);
    } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
      return List.of(failure(check, e));
    }
    if (found == null) {
      return List.of(failure(check, "it returned null instead of a list of findings"));
    }
    for (Finding f : found) {
      if (f == null || !f.getCheckCode().equals(check.code())) {
        return List.of(failure(check, "it returned a finding of another check ("
            + (f == null ? "null" : f.getCheckCode()) + ")"));
      }
    }
    return found;
  }

  // Why matters more than what threw: a score card that cannot be made is said in the scorer's
  // own words, in both languages; anything else as the exception shows itself, bounded.
  private static Finding failure(ConsistencyCheck check, Throwable e) {
    if (e instanceof ScoringException s) {
      return finding(check, " found nothing: the evaluation cannot be scored: "
          + Echo.text(s.getMessage(), MAX_WHY), "未得出结论：无法评分：" + Echo.text(s.messageZh(), MAX_WHY));
    }
    return failure(check, Echo.text(e.toString(), MAX_WHY));
  }

  private static Finding failure(ConsistencyCheck check, String why) {
    return finding(check, " failed and found nothing: " + why, "执行出错，未得出结论：" + why);
  }

  private static Finding finding(ConsistencyCheck check, String en, String zh) {
    CheckCode failed = CheckCode.CHECK_FAILED;
    return Finding.builder().code(failed.code()).checkCode(check.code())
        .severity(failed.severity()).path(JsonPaths.ROOT)
        .messageEn("check " + check.code() + " (" + describe(check, false) + ")" + en)
        .messageZh("审核规则 " + check.code() + "（" + describe(check, true) + "）" + zh)
        .build();
  }

  // A failing user's check is not trusted to describe itself either.
  private static String describe(ConsistencyCheck check, boolean chinese) {
    try {
      String description = chinese ? check.descriptionZh() : check.description();
      return description == null ? check.getClass().getName() : description;
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      return check.getClass().getName();
    }
  }
}
