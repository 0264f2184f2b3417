package io.github.jixiao.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import io.github.jixiao.rules.rulebook.DefaultRule;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.scoring.RuleSpec;
import io.github.jixiao.rules.scoring.ScoringRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule types (评分方法) a rulebook file names that the scorer has not registered, found before
 * any document is scored: one line each, {@code rulebook.json:54:17: $.indicators[2].rule.type:
 * …}, with the nearest registered type as a "did you mean".
 */
final class UnregisteredRules {

  private static final JsonFactory JSON = new JsonFactory();

  private UnregisteredRules() {}

  /** One line per rule of {@code rulebook}, read from {@code file}, that {@code rules} lacks. */
  static List<String> in(Rulebook rulebook, Path file, ScoringRules rules, Lang lang) {
    List<String> lines = new ArrayList<>();
    List<RulebookIndicator> indicators = rulebook.getIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      Optional<RuleSpec> rule = indicators.get(i).getRule();
      if (rule.isPresent() && !rules.contains(rule.get().getType())) {
        lines.add(line(file, "indicators", i, rule.get().getType(), rules, lang));
      }
    }
    List<DefaultRule> defaults = rulebook.getDefaultRules();
    for (int i = 0; i < defaults.size(); i++) {
      String type = defaults.get(i).getRule().getType();
      if (!rules.contains(type)) {
        lines.add(line(file, "defaultRules", i, type, rules, lang));
      }
    }
    return lines;
  }

  /** The line for the rule of {@code list[index]}, e.g. {@code indicators[2]}. */
  private static String line(Path file, String list, int index, String type, ScoringRules rules,
      Lang lang) {
    String registered = String.join(", ", rules.ids());
    String shown = Text.clip(type, 40);
    String message = lang.pick("未注册的评分方法 \"" + shown + "\"；已注册：" + registered,
        "no scoring rule of type \"" + shown + "\" is registered; the registered types are: "
            + registered);
    String hint = DidYouMean.nearest(type, rules.ids()).map(near -> lang.pick(
            "是否应为 \"" + near + "\"？", "did you mean \"" + near + "\"?"))
        .orElse(lang.pick("自定义评分方法须由类路径上的 ScoringRuleProvider 注册",
            "a custom rule type must be registered by a ScoringRuleProvider on the class path"));
    String pointer = "/" + list + "/" + index + "/rule/type";
    return file + ":" + where(file, pointer) + ": $." + list + "[" + index + "].rule.type: "
        + message + " (" + hint + ")";
  }

  /** {@code line:column} of the value at {@code pointer} in {@code file}; {@code 0:0} if lost. */
  private static String where(Path file, String pointer) {
    JsonPointer target = JsonPointer.compile(pointer);
    try (JsonParser parser = JSON.createParser(file.toFile())) {
      while (parser.nextToken() != null) {
        if (parser.getParsingContext().pathAsPointer().equals(target)
            && parser.currentToken().isScalarValue()) {
          JsonLocation at = parser.currentTokenLocation();
          return at.getLineNr() + ":" + at.getColumnNr();
        }
      }
    } catch (IOException e) {
      // the file was read a moment ago: without a position, the JSON path still says where
    }
    return "0:0";
  }
}
