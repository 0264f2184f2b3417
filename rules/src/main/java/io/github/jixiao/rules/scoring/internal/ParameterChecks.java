package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.internal.Suggestions;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleParameters;
import io.github.jixiao.rules.spi.RuleProblems;
import java.util.Collection;
import java.util.List;

/**
 * Checks a rule spec against what its rule declares it takes ({@link RuleParameters}, 参数声明): an
 * unknown parameter or option, an option value not allowed, a band table the rule does not read.
 */
public final class ParameterChecks {

  private ParameterChecks() {}

  /** Reports into {@code problems} everything {@code spec} gives that {@code declared} lacks. */
  public static void check(RuleSpec spec, RuleParameters declared, RuleProblems problems) {
    Argument type = Argument.text("type", Echo.text(spec.getType()));
    for (String param : spec.getParams().keySet()) {
      if (!declared.params().contains(param)) {
        problems.add("params." + Echo.text(param), Message.of("rules.params.unknown", type,
            Argument.text("param", Echo.text(param)),
            Argument.message("hint", Suggestions.hint(param, declared.params())),
            names("taken", declared.params())));
      }
    }
    spec.getOptions().forEach((option, value) -> {
      List<String> allowed = declared.options().get(option);
      if (allowed == null) {
        problems.add("options." + Echo.text(option), Message.of("rules.params.unknown-option",
            type, Argument.text("option", Echo.text(option)),
            Argument.message("hint", Suggestions.hint(option, declared.options().keySet())),
            names("taken", declared.options().keySet())));
      } else if (!allowed.contains(value)) {
        problems.add("options." + option, Message.of("rules.params.bad-option-value",
            Argument.text("option", option), Argument.text("value", Echo.text(value)),
            Argument.message("hint", Suggestions.hint(value, allowed)),
            names("allowed", allowed)));
      }
    });
    if (!declared.takesBands() && !spec.getBands().isEmpty()) {
      problems.add("bands", Message.of("rules.params.no-bands", type,
          Argument.text("bands", BuiltInRules.BANDS)));
    }
  }

  /**
   * The names a rule declares, every one of them (ids, the same in every language), or "none" in
   * the reader's language.
   */
  private static Argument names(String argument, Collection<String> names) {
    return names.isEmpty() ? Argument.message(argument, "rules.params.none")
        : Argument.text(argument, String.join(", ", names));
  }
}
