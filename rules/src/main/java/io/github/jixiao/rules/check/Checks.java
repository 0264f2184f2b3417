package io.github.jixiao.rules.check;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.TableSource;
import io.github.jixiao.rules.check.internal.CheckFailures;
import io.github.jixiao.rules.check.internal.StandardChecks;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.result.SkippedCheck;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringPlan;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.spi.ConsistencyCheck;
import io.github.jixiao.rules.spi.ConsistencyCheckProvider;
import io.github.jixiao.rules.spi.EvaluationIndex;
import io.github.jixiao.rules.spi.PluginException;
import io.github.jixiao.rules.spi.internal.Discovery;
import io.github.jixiao.rules.spi.internal.PluginKind;
import io.github.jixiao.rules.spi.internal.PluginPart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A set of consistency checks (审核规则集) keyed by their stable codes, in code order, and the
 * runner that applies them to an evaluation. Immutable: {@link #with} and {@link #withDiscovered}
 * return new sets, and refuse a code that is already taken with a {@link PluginException} naming
 * both sources. {@link #standard()} is the methodology's checks only, whatever the class path
 * holds; the class path's {@link ConsistencyCheckProvider}s are added only when asked, each
 * with the {@linkplain ConsistencyCheckProvider#messageBundle() message bundle} it names.
 *
 * <pre>{@code
 * CheckReport report = Checks.standard().run(evaluation);            // the methodology's checks
 * Checks mine = Checks.standard().with(new MyCheck());                // plus a check of one's own
 * Checks found = Checks.standard().withDiscovered();                   // plus the class path's
 * }</pre>
 */
public final class Checks implements Iterable<ConsistencyCheck> {

  // The methodology's checks only: nothing here can fail, whatever the class path holds.
  private static final Checks STANDARD = new Checks(new TreeMap<>(), Map.of())
      .adding(StandardChecks.all(), Discovery.BUILT_IN);

  private final Map<String, ConsistencyCheck> byCode;
  private final Map<String, String> sources;

  private Checks(TreeMap<String, ConsistencyCheck> byCode, Map<String, String> sources) {
    this.byCode = byCode;
    this.sources = Map.copyOf(sources);
  }

  /** Every check of the methodology, one per {@link CheckCode} except JX-000. */
  public static Checks standard() {
    return STANDARD;
  }

  /** No checks: the start of a set of one's own. */
  public static Checks none() {
    return new Checks(new TreeMap<>(), Map.of());
  }

  /**
   * This set plus {@code checks}.
   *
   * @throws PluginException if a code is already taken here or among {@code checks}, naming both
   *     sources and classes
   * @throws IllegalArgumentException if a code is blank
   */
  public Checks with(ConsistencyCheck... checks) {
    return with(Arrays.asList(checks));
  }

  /** This set plus {@code checks}; see {@link #with(ConsistencyCheck...)}. */
  public Checks with(Collection<? extends ConsistencyCheck> checks) {
    return adding(checks, Discovery.EXPLICIT);
  }

  /** This set plus the checks of every provider found with the thread's context class loader. */
  public Checks withDiscovered() {
    return withDiscovered(Discovery.defaultLoader());
  }

  /**
   * This set plus the checks of every {@link ConsistencyCheckProvider} that {@link
   * java.util.ServiceLoader} finds through {@code classLoader}, by priority (higher first), then
   * class name; the message bundle a provider names is registered before its checks are added.
   *
   * @throws PluginException if a provider cannot be loaded, throws or returns null, names a
   *     message bundle that cannot be used, or gives a code already taken (naming both sources)
   */
  public Checks withDiscovered(ClassLoader classLoader) {
    Objects.requireNonNull(classLoader, "classLoader");
    Checks next = this;
    for (ConsistencyCheckProvider provider : Discovery.providers(ConsistencyCheckProvider.class,
        classLoader, ConsistencyCheckProvider::priority)) {
      Discovery.registerBundle(provider, Discovery.call(provider, PluginPart.MESSAGE_BUNDLE,
          ConsistencyCheckProvider::messageBundle));
      next = next.adding(Discovery.call(provider, PluginPart.CHECKS, p -> List.copyOf(p.checks())),
          Discovery.source(provider));
    }
    return next;
  }

  private Checks adding(Collection<? extends ConsistencyCheck> checks, String source) {
    TreeMap<String, ConsistencyCheck> next = new TreeMap<>(byCode);
    Map<String, String> nextSources = new HashMap<>(sources);
    boolean discovered = Discovery.isDiscovered(source);
    for (ConsistencyCheck check : checks) {
      Objects.requireNonNull(check, "check");
      String code = discovered ? Discovery.call(check, PluginPart.CHECK_CODE, ConsistencyCheck::code)
          : check.code();
      if (code.isBlank()) {
        throw new IllegalArgumentException("consistency check " + check.getClass().getName()
            + " (" + source + ") has no code: every check needs a stable code");
      }
      Objects.requireNonNull(check.severity(), () -> "severity of check " + code);
      ConsistencyCheck taken = next.putIfAbsent(code, check);
      if (taken != null) {
        throw Discovery.duplicate(PluginKind.CONSISTENCY_CHECK, code,
            nextSources.get(code), taken, source, check);
      }
      nextSources.put(code, source);
    }
    return new Checks(next, nextSources);
  }

  /**
   * This set with the check {@code code} run at {@code severity}: a bureau's choice of how serious
   * a standard is (a firm's fatal / important / optional as error / warning / info); its findings
   * carry that severity.
   *
   * @throws IllegalArgumentException if no check here has that code (the codes are named)
   */
  public Checks withSeverity(String code, Severity severity) {
    Objects.requireNonNull(severity, "severity");
    ConsistencyCheck check = require(code);
    TreeMap<String, ConsistencyCheck> next = new TreeMap<>(byCode);
    next.put(code, new SeverityOverride(check, severity));
    return new Checks(next, sources);
  }

  /**
   * This set without the checks {@code codes}: a bureau that does not apply a standard switches it
   * off.
   *
   * @throws IllegalArgumentException if no check here has one of the codes (the codes are named)
   */
  public Checks without(String... codes) {
    TreeMap<String, ConsistencyCheck> next = new TreeMap<>(byCode);
    Map<String, String> nextSources = new HashMap<>(sources);
    for (String code : codes) {
      require(code);
      next.remove(code);
      nextSources.remove(code);
    }
    return new Checks(next, nextSources);
  }

  private ConsistencyCheck require(String code) {
    ConsistencyCheck check = byCode.get(Objects.requireNonNull(code, "code"));
    if (check == null) {
      throw new IllegalArgumentException("no check has the code " + code + "; the codes are "
          + byCode.keySet());
    }
    return check;
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
  public Optional<ConsistencyCheck> find(String code) {
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
    return run(context(evaluation, rulebook));
  }

  /**
   * The context of a review of {@code evaluation} under {@code rulebook}, scored by {@link
   * Scorer#standard()} when a check first needs the score card.
   */
  public static CheckContext context(SelfEvaluation evaluation, Rulebook rulebook) {
    return context(evaluation, rulebook, Scorer.standard());
  }

  /** As {@link #context(SelfEvaluation, Rulebook)}, scored by {@code scorer} (one's own rules). */
  public static CheckContext context(SelfEvaluation evaluation, Rulebook rulebook,
      Scorer scorer) {
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(rulebook, "rulebook");
    EvaluationIndex index = EvaluationIndex.of(evaluation); // one index for scorer and checks
    return CheckContext.of(index, rulebook, () -> scorer.compile(rulebook).score(index));
  }

  /**
   * The context of a review of {@code evaluation} under the rulebook of a compiled {@code plan}
   * (a batch compiles its rulebook once), scored by the plan when a check first needs the card.
   */
  public static CheckContext context(SelfEvaluation evaluation, ScoringPlan plan) {
    Objects.requireNonNull(plan, "plan");
    EvaluationIndex index = EvaluationIndex.of(evaluation); // one index for scorer and checks
    return CheckContext.of(index, plan.rulebook(), () -> plan.score(index));
  }

  /** Runs every check on {@code evaluation} under the rulebook of {@code plan}, scored by it. */
  public CheckReport run(SelfEvaluation evaluation, ScoringPlan plan) {
    return run(context(evaluation, plan));
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
        findings.add(CheckFailures.threw(check, e));
        report.addChecksRun(check.code());
        continue;
      }
      if (skipped.isPresent()) {
        report.addChecksNotRun(skipped.get().getCheckCode().equals(check.code()) ? skipped.get()
            : SkippedCheck.of(check.code(), skipped.get().getReason()));
        continue;
      }
      report.addChecksRun(check.code());
      findings.addAll(runOne(check, context));
    }
    findings.sort(Finding.reportOrder());
    return report.addAllFindings(located(findings, context.evaluation().getSource())).build();
  }

  /** The findings, each with the cell of the table its path was read from, if it was imported. */
  private static List<Finding> located(List<Finding> findings, Optional<TableSource> source) {
    if (source.isEmpty()) {
      return findings;
    }
    List<Finding> located = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Optional<String> cell = source.get().cellOf(f.getPath());
      located.add(cell.isPresent() ? f.withCell(cell) : f);
    }
    return located;
  }

  private static List<Finding> runOne(ConsistencyCheck check, CheckContext context) {
    List<Finding> found;
    try {
      found = check.check(context);
    } catch (Exception | StackOverflowError | AssertionError | LinkageError e) {
      return List.of(CheckFailures.threw(check, e));
    }
    if (found == null) {
      return List.of(CheckFailures.returnedNull(check));
    }
    for (Finding f : found) {
      if (f == null) {
        return List.of(CheckFailures.returnedNullFinding(check));
      }
      if (!f.getCheckCode().equals(check.code())) {
        return List.of(CheckFailures.returnedForeign(check, f.getCheckCode()));
      }
    }
    return found;
  }
}
