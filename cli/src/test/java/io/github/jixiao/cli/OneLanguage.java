package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.DefaultRule;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What a test of issue 13's "one language only" may find in output and still call it one
 * language (单一语言检查): the domain data of the document read — every text it holds, and for
 * {@code validate} its field names — and of the rulebook it names (its id, title, indicators'
 * codes, names, units, assumptions, descriptions, formulas and rule types), the file's name, JSON paths, check codes, the
 * names of jixiao's commands and options, and a few format names. Everything else in Chinese output must be Chinese (no word of
 * two Latin letters or more), and in English output English (no Chinese character, no full-width
 * punctuation).
 */
final class OneLanguage {

  private static final Pattern CHINESE =
      Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+");
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern JSON_PATH = Pattern.compile("\\$[\\w.\\[\\]'*-]*");
  private static final Pattern CHECK_CODE = Pattern.compile("JX-\\d{3}");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--?[A-Za-z][\\w-]*");
  /** Names of formats and of the program: data a Chinese text names as they are. */
  private static final List<String> FORMAT_NAMES =
      List.of("JSON Schema", "JSON", "Markdown", "HTML", "UTF-8", "Jixiao", "jixiao");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Data blanked wherever it stands, the longest first: names, titles, ids, the file's name. */
  private final Set<String> texts = new LinkedHashSet<>();
  /** Single words of data: a command's name, an option's value, a field's name. */
  private final Set<String> words = new LinkedHashSet<>();
  /** The options of jixiao's commands, {@code -v} and {@code --verbose}. */
  private final Set<String> options = new LinkedHashSet<>();
  private final Set<String> fieldNames = new LinkedHashSet<>();

  /** The domain data of the command line alone: its commands, options and values. */
  static OneLanguage ofTheCommandLine() {
    OneLanguage domain = new OneLanguage();
    CommandLine cli = Jixiao.commandLine(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), false);
    addCommand(domain, cli);
    cli.getSubcommands().values().forEach(sub -> addCommand(domain, sub));
    domain.texts.addAll(List.of("zh|en", "markdown|html|xlsx", "*.json"));
    domain.texts.add(PluginOption.ENVIRONMENT); // a name the user types, like an option
    domain.texts.addAll(HelpBundle.builtIns());
    domain.texts.addAll(SchemaCommand.Types.names());
    domain.words.addAll(List.of("zh", "en", "markdown", "html", "xlsx"));
    return domain;
  }

  private static void addCommand(OneLanguage domain, CommandLine line) {
    domain.words.add(line.getCommandName());
    if (line.getCommandName().contains("-")) {
      domain.texts.add(line.getCommandName()); // review-card: one name, not two words
    }
    for (OptionSpec option : line.getCommandSpec().options()) {
      domain.options.addAll(List.of(option.names()));
    }
  }

  /**
   * The domain data of {@code file}, a self-evaluation as JSON, and of the built-in rulebook it
   * names, beside the command line's.
   */
  static OneLanguage of(Path file) {
    OneLanguage domain = ofTheCommandLine();
    domain.texts.add(file.toString());
    JsonNode document;
    try {
      document = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    domain.walk(document);
    JsonNode named = document.get("rulebook");
    if (named != null) {
      Rulebooks.byId(named.asText()).ifPresent(domain::add);
    }
    return domain;
  }

  private void walk(JsonNode node) {
    if (node.isTextual()) {
      texts.add(node.asText());
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      fieldNames.add(field.getKey());
      walk(field.getValue());
    }
    if (node.isArray()) {
      node.forEach(this::walk);
    }
  }

  private void add(Rulebook rulebook) {
    texts.add(rulebook.getId());
    texts.add(rulebook.getTitle());
    for (RulebookIndicator i : rulebook.getIndicators()) {
      texts.add(i.getCode());
      texts.add(i.getName());
      texts.addAll(i.getAliases());
      i.getUnit().ifPresent(texts::add);
      // the built-in rulebooks' notes are their data, written in Chinese (jixiao-rules)
      i.getAssumption().ifPresent(texts::add);
      i.getDescription().ifPresent(texts::add);
      i.getFormula().ifPresent(texts::add);
      i.getRule().ifPresent(r -> texts.add(r.getType()));
    }
    // the provenance's notice and the region's divisions are its data too
    rulebook.getProvenance().getNotice().ifPresent(texts::add);
    rulebook.getRegion().ifPresent(r -> texts.add(String.join("", r.getDivisions())));
    for (DefaultRule d : rulebook.getDefaultRules()) {
      texts.add(d.getRule().getType());
    }
  }

  /**
   * The same, where the field names of the document, and those its schema allows, are data too:
   * a problem of {@code validate} names the field it is about and the fields a type has.
   */
  OneLanguage withFieldNames() {
    words.addAll(fieldNames);
    try {
      JsonNode schema = JSON.readTree(JixiaoJson.schema(DocumentType.SELF_EVALUATION));
      schema.findValues("properties").forEach(p -> p.fieldNames().forEachRemaining(words::add));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Each line of {@code output} that holds English outside the domain data, with what. */
  List<String> englishIn(String output) {
    return offending(output, ENGLISH_WORD);
  }

  /** Each line of {@code output} that holds Chinese outside the domain data, with what. */
  List<String> chineseIn(String output) {
    return offending(output, CHINESE);
  }

  private List<String> offending(String output, Pattern foreign) {
    List<String> found = new ArrayList<>();
    for (String line : output.lines().toList()) {
      String rest = withoutDomainData(line);
      Matcher m = foreign.matcher(rest);
      List<String> what = new ArrayList<>();
      while (m.find()) {
        what.add(m.group());
      }
      if (!what.isEmpty()) {
        found.add(what + " in: " + line);
      }
    }
    return found;
  }

  private String withoutDomainData(String line) {
    // the patterns first: blanking a code such as "1" would cut "JX-301" in two
    String rest = CHECK_CODE.matcher(line).replaceAll(" ");
    rest = OPTION.matcher(rest).replaceAll(
        m -> isOption(m.group()) ? " " : Matcher.quoteReplacement(m.group()));
    rest = JSON_PATH.matcher(rest).replaceAll(" ");
    rest = without(rest, texts);
    rest = without(rest, FORMAT_NAMES);
    Matcher word = ENGLISH_WORD.matcher(rest);
    StringBuilder kept = new StringBuilder();
    while (word.find()) {
      word.appendReplacement(kept, words.contains(word.group()) ? " " : word.group());
      // a word is letters only: no $ or \ for appendReplacement to read
    }
    return word.appendTail(kept).toString();
  }

  /** An option of jixiao's, or short ones clustered as the synopsis shows them: {@code -hvV}. */
  private boolean isOption(String token) {
    if (options.contains(token)) {
      return true;
    }
    if (token.startsWith("--")) {
      return false;
    }
    return token.substring(1).chars().allMatch(c -> options.contains("-" + (char) c));
  }

  /** The same, where {@code data} — what the user typed, say — is domain data too. */
  OneLanguage also(String... data) {
    texts.addAll(List.of(data));
    return this;
  }

  /** {@code text} with every occurrence of each of {@code data} blanked, the longest first. */
  private static String without(String text, Collection<String> data) {
    List<String> longestFirst = new ArrayList<>(data);
    longestFirst.removeIf(String::isBlank);
    longestFirst.sort((a, b) -> b.length() - a.length());
    String rest = text;
    for (String d : longestFirst) {
      rest = rest.replace(d, " ");
    }
    return rest;
  }
}
