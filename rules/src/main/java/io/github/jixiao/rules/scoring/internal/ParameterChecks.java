package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.internal.Suggestions;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleParameters;
import io.github.jixiao.rules.spi.RuleProblems;
import java.util.List;

/**
 * Checks a rule spec against what its rule declares it takes ({@link RuleParameters}): an unknown
 * parameter or option, an option value not allowed, a band table the rule does not read.
 */
public final class ParameterChecks {

  private ParameterChecks() {}

  /** Reports into {@code problems} everything {@code spec} gives that {@code declared} lacks. */
  public static void check(RuleSpec spec, RuleParameters declared, RuleProblems problems) {
    String type = Echo.text(spec.getType());
    for (String param : spec.getParams().keySet()) {
      if (!declared.params().contains(param)) {
        problems.add("params." + Echo.text(param), "the rule '" + type + "' has no parameter '"
            + Echo.text(param) + "'" + Suggestions.hint(param, declared.params()) + " (it takes "
            + names(declared.params()) + ")", "评分方法 '" + type + "' 没有参数 '"
            + Echo.text(param) + "'" + Suggestions.hintZh(param, declared.params()));
      }
    }
    spec.getOptions().forEach((option, value) -> {
      List<String> allowed = declared.options().get(option);
      if (allowed == null) {
        problems.add("options." + Echo.text(option), "the rule '" + type + "' has no option '"
            + Echo.text(option) + "'" + Suggestions.hint(option, declared.options().keySet())
            + " (it takes " + names(declared.options().keySet()) + ")", "评分方法 '" + type
            + "' 没有选项 '" + Echo.text(option) + "'"
            + Suggestions.hintZh(option, declared.options().keySet()));
      } else if (!allowed.contains(value)) {
        problems.add("options." + option, "option '" + option + "' is '" + Echo.text(value)
            + "'" + Suggestions.hint(value, allowed) + "; use one of " + String.join(", ", allowed),
            "选项 '" + option + "' 的取值 '" + Echo.text(value) + "' 无效，可选 "
            + String.join("、", allowed));
      }
    });
    if (!declared.takesBands() && !spec.getBands().isEmpty()) {
      problems.add("bands", "the rule '" + type + "' takes no band table; remove the bands or use"
          + " the rule 'bands'", "评分方法 '" + type + "' 不使用档次表，请删除档次或改用分档计分");
    }
  }

  private static String names(java.util.Collection<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }
}
