package io.github.jixiao.rules.lint;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.lint.RuleReach.Reach;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The static analysis of a rulebook (评分办法静态检查): what DMN tools give decision tables, for
 * scoring — run on a rulebook that builds, and so already has weights that add up, band tables
 * without a gap or an overlap, a grade scale from 0 and deduction caps within the weights (the
 * build refuses the rest, and {@code jixiao rulebook check} reports the build's problems). It
 * finds, each a {@link LintProblem} with a code of the {@link LintCode} register and a JSON path
 * from the rulebook's root:
 *
 * <ul>
 *   <li>what {@link Scorer#verify} refuses: a rule type the scorer does not know (with a "did you
 *       mean"), a parameter or option a rule does not take, one it needs and lacks (JXR-101, 102);
 *   <li>a band table leaving values the rule can be given in no band — a table starting at 60
 *       leaves a rate of 0 to 60 % unscored, one ending at 100 % a rate above it — and bands no
 *       value reaches, below 0 for a rate (JXR-201, 202); a change rate (变动率) can be negative;
 *   <li>a leaf that never earns its full points (the best band below the weight, a checklist's
 *       items adding up to less, a target the rule refuses) or that its rule never takes to 0
 *       (JXR-301, 302);
 *   <li>deductions that can exceed a weight, and a checklist's items adding up to more (JXR-303,
 *       304: warnings, as points stop at 0 and at the weight);
 *   <li>a grade out of reach of every total the rulebook can give (JXR-401).
 * </ul>
 *
 * <p>Only the built-in rules' specs are read; a user's rule is verified by its own check. Checks
 * of one's own are added with {@link #with(String, LintCheck)} and run after these; one that
 * throws becomes a {@link LintCode#LINT_FAILED} problem naming it. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<LintProblem> problems = RulebookLint.standard().check(rulebook, Scorer.standard());
 * problems.forEach(p -> System.out.println(p.code() + " " + p.path() + " "
 *     + p.message(Locale.CHINESE)));
 * boolean usable = problems.stream().noneMatch(LintProblem::isError);
 * }</pre>
 */
public final class RulebookLint {

  private static final RulebookLint STANDARD = new RulebookLint(Map.of());

  private final Map<String, LintCheck> own;

  private RulebookLint(Map<String, LintCheck> own) {
    this.own = own;
  }

  /** The standard analysis, and no check of one's own. */
  public static RulebookLint standard() {
    return STANDARD;
  }

  /**
   * This analysis and {@code check}, run after the others, under {@code name} (which a problem
   * names if the check throws).
   *
   * @throws IllegalArgumentException if a check of that name is already added
   */
  public RulebookLint with(String name, LintCheck check) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(check, "check");
    if (own.containsKey(name)) {
      throw new IllegalArgumentException(Message.of("rules.lint.check-twice",
          Argument.text("name", Echo.text(name))).render(Locale.ENGLISH));
    }
    Map<String, LintCheck> more = new LinkedHashMap<>(own);
    more.put(name, check);
    return new RulebookLint(Collections.unmodifiableMap(more));
  }

  /**
   * The problems of {@code rulebook} as {@code scorer} would score it: first those of {@link
   * Scorer#verify}, then, rule by rule in the rulebook's order, the lint's, then the grade
   * scale's and the checks of one's own. Empty when there is nothing to say.
   */
  public List<LintProblem> check(Rulebook rulebook, Scorer scorer) {
    Objects.requireNonNull(rulebook, "rulebook");
    Objects.requireNonNull(scorer, "scorer");
    List<LintProblem> problems = new ArrayList<>();
    List<Violation> verified = scorer.verify(rulebook);
    for (Violation v : verified) {
      problems.add(LintProblem.of(v.message().getKey().equals("rules.verify.not-registered")
          ? LintCode.UNKNOWN_RULE_TYPE : LintCode.RULE_REFUSES_SPEC, v.path(), v.message()));
    }
    Map<String, Reach> reaches = new HashMap<>();
    for (RuleSite site : RuleSite.of(rulebook, scorer.rules(), verified)) {
      BandTables.check(site, problems::add);
      RuleReach.of(site, problems::add).ifPresent(r -> reaches.put(site.path(), r));
      Deductions.check(site, problems::add);
    }
    GradeReach.check(rulebook, reaches, problems::add);
    own.forEach((name, check) -> guarded(name, check, rulebook, scorer, problems));
    return List.copyOf(problems);
  }

  /** As {@link #check(Rulebook, Scorer)} with the built-in rules ({@link Scorer#standard()}). */
  public List<LintProblem> check(Rulebook rulebook) {
    return check(rulebook, Scorer.standard());
  }

  // A check of one's own that throws loses its problems, not the others'.
  private static void guarded(String name, LintCheck check, Rulebook rulebook, Scorer scorer,
      List<LintProblem> problems) {
    List<LintProblem> found = new ArrayList<>();
    Consumer<LintProblem> sink = p -> found.add(Objects.requireNonNull(p, "problem"));
    try {
      check.check(rulebook, scorer, sink);
      problems.addAll(found);
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      problems.add(LintProblem.of(LintCode.LINT_FAILED, "$", Message.of("rules.lint.failed",
          Argument.text("check", Echo.text(name)),
          Argument.text("class", check.getClass().getName()),
          Argument.text("exception", e.getClass().getName()))));
    }
  }

  /** The names of the checks of one's own, in the order they run. */
  public List<String> ownChecks() {
    return List.copyOf(own.keySet());
  }

  /** Whether {@code problems} hold an error. */
  public static boolean hasErrors(List<LintProblem> problems) {
    return problems.stream().anyMatch(LintProblem::isError);
  }

  @Override
  public String toString() {
    return "RulebookLint[standard" + (own.isEmpty() ? "" : ", " + String.join(", ", own.keySet()))
        + "]";
  }
}
