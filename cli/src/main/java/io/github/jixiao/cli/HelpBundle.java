package io.github.jixiao.cli;

import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.MessageBundles;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The help of the command line (帮助信息) in one language, as the {@link ResourceBundle} picocli
 * reads its usage texts from: a view of jixiao-cli's message bundle, {@value #BASE_NAME}, each
 * text rendered by {@link Message#render} — so the help has the same files, the same fallback
 * (a key the Chinese file lacks is English, never the machine's default locale), the same way to
 * reword and the same apostrophe rule as every other message.
 *
 * <p>Picocli asks for its own keys ({@code usage.synopsisHeading}, {@code
 * mixinStandardHelpOptions.help}, a command's {@code jixiao.score.usage.description.0}); the
 * bundle keeps them under the prefix {@value #PICOCLI}, as every key of jixiao-cli starts with
 * {@code cli.}, and this view shows them without it. Every other key is shown as it is: options
 * name theirs with {@code descriptionKey = "cli.option.lang"}, labels with {@code
 * paramLabel = "${bundle:cli.label.file}"}.
 */
final class HelpBundle extends ResourceBundle {

  /** The base name of jixiao-cli's message bundle. */
  static final String BASE_NAME = "io.github.jixiao.cli.messages";
  /**
   * The prefix of the keys picocli names by its own conventions, {@code cli.help.} (the bundle's
   * audit reads a literal ending in a dot as the start of keys made at run time, not a key).
   */
  static final String PICOCLI = "cli.help.";

  private final Locale locale;
  /** The keys picocli sees, each with the key of the bundle it stands for. */
  private final Map<String, String> keys = new LinkedHashMap<>();

  HelpBundle(Lang lang) {
    this.locale = lang.locale();
    // The root file has every key; a language's file may leave some to it.
    for (String key : MessageBundles.keys(BASE_NAME, Locale.ROOT)) {
      keys.put(key.startsWith(PICOCLI) ? key.substring(PICOCLI.length()) : key, key);
    }
  }

  /** The key of jixiao-cli's bundle that picocli's {@code key} stands for, or null. */
  String bundleKey(String key) {
    return keys.get(key);
  }

  @Override
  protected Object handleGetObject(String key) {
    String stored = keys.get(key);
    return stored == null ? null : Message.of(stored, arguments(stored)).render(locale);
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(keys.keySet());
  }

  /** The data a help text names: option values, built-in ids, counts — never words. */
  private static Argument[] arguments(String key) {
    String pattern = "*.json";
    switch (key) {
      case "cli.help.jixiao.score.usage.description.1":
      case "cli.help.jixiao.check.usage.description.1":
      case "cli.help.jixiao.validate.usage.description.1":
      case "cli.help.jixiao.monitor.usage.description.1":
      case "cli.help.jixiao.rollup.usage.description.1":
      case "cli.help.jixiao.review-targets.usage.description.1":
      case "cli.help.jixiao.summary.usage.description.1":
        return new Argument[] {Argument.message("file", "cli.label.file"),
            Argument.text("pattern", pattern)};
      case "cli.param.files":
      case "cli.option.rulebooks":
        return new Argument[] {Argument.text("pattern", pattern)};
      case "cli.option.fail-on":
        return new Argument[] {Argument.text("score", "score")};
      case "cli.option.plugins":
        return new Argument[] {Argument.text("services", "META-INF/services"),
            Argument.text("variable", PluginOption.ENVIRONMENT)};
      case "cli.option.lang":
        return new Argument[] {Argument.text("zh", "zh"), Argument.text("en", "en")};
      case "cli.option.verbose":
        return new Argument[] {Argument.number("shown", ProblemLines.SHOWN),
            Argument.number("most", ProblemLines.SHOWN_VERBOSE),
            Argument.text("score", "score"), Argument.text("check", "check")};
      case "cli.option.rulebook":
        return new Argument[] {Argument.list("ids", builtIns()), Argument.text("check", "check")};
      case "cli.option.monitor-rulebook":
        return new Argument[] {Argument.list("ids", builtIns())};
      case "cli.option.any-kind":
        return new Argument[] {
            Argument.message("department", Message.label(EvaluationKind.DEPARTMENT_WIDE)),
            Argument.message("project", Message.label(EvaluationKind.PROJECT))};
      case "cli.option.format":
        return new Argument[] {Argument.text("markdown", "markdown"),
            Argument.text("html", "html"), Argument.text("xlsx", "xlsx"),
            Argument.text("option", "-o")};
      case "cli.option.format-summary":
        return new Argument[] {Argument.text("html", "html"), Argument.text("xlsx", "xlsx"),
            Argument.text("json", "json"), Argument.text("file", "summary.html")};
      case "cli.option.output-summary":
        return new Argument[] {Argument.list("files",
            List.of("summary.html", "summary.xlsx", "summary.json"))};
      case "cli.param.review":
        return new Argument[] {Argument.text("option", "--evaluation")};
      case "cli.option.output-render":
        return new Argument[] {Argument.text("format", "--format xlsx")};
      case "cli.param.type":
        return new Argument[] {Argument.list("types", SchemaCommand.Types.names())};
      case "cli.help.jixiao.schema.usage.description.0":
        return new Argument[] {Argument.text("example", DocumentType.SELF_EVALUATION.name())};
      case "cli.help.jixiao.help.usage.description.0":
      case "cli.version.development":
        return new Argument[] {Argument.text("program", "jixiao")};
      default:
        return new Argument[0];
    }
  }

  /** The ids of the built-in rulebooks, in the order {@link Rulebooks#all()} gives them. */
  static List<String> builtIns() {
    return Rulebooks.all().stream().map(Rulebook::getId).toList();
  }
}
