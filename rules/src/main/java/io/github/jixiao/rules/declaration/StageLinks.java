package io.github.jixiao.rules.declaration;

import io.github.jixiao.core.DeclaredIndicator;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.TargetDeclaration;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.rules.result.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A self-evaluation against the target declaration it answers (目标与自评的衔接, lifecycle.md §6),
 * leaf by leaf, matched by name: JX-961 a target that differs from the declared one with no
 * adjustment recorded (调整原因, {@link Indicator#getAdjustmentReason()}) — numbers compared
 * exactly, words as written; JX-962 a leaf the declaration does not have; JX-963 a declared leaf
 * the self-evaluation leaves out (at {@code $.declaration}, the evaluation's link, the message
 * naming the row's path in the declaration). An indicator with a formula (the execution line) is
 * the budget's, not a declared target, and is not matched. A name two leaves of one document
 * share is matched by neither. Warnings: the year's adjustments may be recorded elsewhere.
 */
public final class StageLinks {

  /** The codes of these checks, in order. */
  public static final List<String> CODES = List.of("JX-961", "JX-962", "JX-963");

  private StageLinks() {}

  /** The findings of {@code evaluation} against {@code declaration}. */
  public static List<StageFinding> check(SelfEvaluation evaluation,
      TargetDeclaration declaration) {
    Rows rows = new Rows(declaration);
    Map<String, Integer> declared = new HashMap<>();
    Set<String> twice = new HashSet<>();
    List<DeclaredIndicator> all = rows.all();
    for (int i = 0; i < all.size(); i++) {
      if (rows.isLeaf(all.get(i)) && declared.putIfAbsent(all.get(i).getName(), i) != null) {
        twice.add(all.get(i).getName());
      }
    }
    Set<String> parents = new HashSet<>();
    evaluation.getIndicators().forEach(i -> i.getParentCode().ifPresent(parents::add));
    Set<String> answered = new HashSet<>();
    List<StageFinding> found = new ArrayList<>();
    List<Indicator> indicators = evaluation.getIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator leaf = indicators.get(i);
      if (parents.contains(leaf.getCode()) || leaf.getFormula().isPresent()
          || twice.contains(leaf.getName())) {
        continue;
      }
      String at = "$.indicators[" + i + "]";
      Argument name = Argument.text("name", Echo.text(leaf.getName()));
      Integer d = declared.get(leaf.getName());
      if (d == null) {
        found.add(finding("JX-962", "evaluation", at + ".name", "rules.links.not-declared",
            name));
        continue;
      }
      answered.add(leaf.getName());
      DeclaredIndicator row = all.get(d);
      Optional<String> was = changed(row, leaf);
      if (was.isPresent() && leaf.getAdjustmentReason().isEmpty()) {
        found.add(finding("JX-961", "evaluation", at + ".target", "rules.links.target-changed",
            name, Argument.text("declared", Echo.text(was.get())),
            Argument.text("now", Echo.text(shown(leaf)))));
      }
    }
    for (int i = 0; i < all.size(); i++) {
      DeclaredIndicator row = all.get(i);
      if (rows.isLeaf(row) && !answered.contains(row.getName()) && !twice.contains(row.getName())
          && evaluation.getIndicators().stream()
              .noneMatch(x -> x.getName().equals(row.getName()))) {
        found.add(finding("JX-963", "evaluation", "$.declaration", "rules.links.left-out",
            Argument.text("name", Echo.text(row.getName())),
            Argument.text("at", "$.indicators[" + i + "]")));
      }
    }
    return found;
  }

  /** The declared target as written, if the evaluation's differs from it. */
  private static Optional<String> changed(DeclaredIndicator row, Indicator leaf) {
    if (row.getTarget().isPresent() && leaf.getTarget().isPresent()) {
      return row.getTarget().get().compareTo(leaf.getTarget().get()) == 0 ? Optional.empty()
          : Optional.of(row.getTargetWritten().orElse(row.getTarget().get().toPlainString()));
    }
    Optional<String> declared = row.getTargetText().or(row::getTargetWritten);
    Optional<String> now = leaf.getTargetText().or(leaf::getTargetWritten);
    return declared.isPresent() && now.isPresent() && !declared.get().trim().equals(
        now.get().trim()) ? declared : Optional.empty();
  }

  private static String shown(Indicator leaf) {
    return leaf.getTargetWritten().or(leaf::getTargetText)
        .or(() -> leaf.getTarget().map(t -> t.toPlainString())).orElse("—");
  }

  private static StageFinding finding(String code, String document, String path, String key,
      Argument... arguments) {
    return new StageFinding(code, Severity.WARNING, document, path, Message.of(key, arguments));
  }
}
