package io.github.jixiao.report.extract;

import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Confidence;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Grade;
import io.github.jixiao.report.internal.StrictJson;
import io.github.jixiao.report.internal.Vocabulary;
import io.github.jixiao.report.outline.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The extraction rules (提取规则), read once from {@code rules.json} and checked before any is
 * used: every rule has an id of its own, an item Jixiao knows read by a kind that can read it,
 * sections the outline knows, a pattern that compiles with its definitions filled in and gives
 * the groups its kind needs, at least one example; every grade and evaluation kind the file maps
 * to is one of the domain's. A rule that breaks one of these stops start-up naming the rule.
 */
final class ExtractionRules {

  /** The items, in the order a draft lists what was not found, and the kinds that read each. */
  static final Map<String, Set<RuleKind>> ITEMS = items();

  /** A definition's name in braces; {@code \p{IsHan}} is a class, not a name. */
  private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\[pP])\\{([a-zA-Z]+)\\}");
  private static final ExtractionRules STANDARD = load();

  private final List<Rule> rules;
  private final List<Pattern> notFigures;
  private final Map<String, Grade> grades;
  private final Map<String, EvaluationKind> evaluationKinds;
  private final List<String> unitSuffixes;

  private ExtractionRules(List<Rule> rules, List<Pattern> notFigures, Map<String, Grade> grades,
      Map<String, EvaluationKind> evaluationKinds, List<String> unitSuffixes) {
    this.rules = List.copyOf(rules);
    this.notFigures = List.copyOf(notFigures);
    this.grades = Map.copyOf(grades);
    this.evaluationKinds = new LinkedHashMap<>(evaluationKinds);
    this.unitSuffixes = List.copyOf(unitSuffixes);
  }

  /** The rules shipped with jixiao-report. */
  static ExtractionRules standard() {
    return STANDARD;
  }

  /** Every rule, in the order of the file: the order of preference among rules of one item. */
  List<Rule> rules() {
    return rules;
  }

  /** The rules of {@code item}, in the order of the file. */
  List<Rule> of(String item) {
    return rules.stream().filter(r -> r.item().equals(item)).toList();
  }

  /** The patterns of what looks like a figure and is not: dates, document numbers, telephones. */
  List<Pattern> notFigures() {
    return notFigures;
  }

  /** The grade a grade's word (优秀, 良) names. */
  Optional<Grade> grade(String word) {
    return Optional.ofNullable(grades.get(word));
  }

  /** The kind of evaluation a title's words (部门整体支出, 区人大会议项目) name, if any. */
  Optional<EvaluationKind> evaluationKind(String words) {
    return evaluationKinds.entrySet().stream().filter(e -> words.contains(e.getKey()))
        .map(Map.Entry::getValue).findFirst();
  }

  /** The endings of a unit's name that say what sort of unit it is (科, 处, 中心). */
  List<String> unitSuffixes() {
    return unitSuffixes;
  }

  private static ExtractionRules load() {
    RulesFile file = StrictJson.resource(ExtractionRules.class, "rules.json", RulesFile.class);
    require("jixiao/report-rules/1".equals(file.format()), "the file",
        "is not jixiao/report-rules/1");
    Map<String, String> definitions = definitions(file.definitions());
    Set<String> sections = new HashSet<>(Vocabulary.standard().partIds());
    sections.add(Section.COVER);
    sections.add(Section.OTHER);
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (RulesFile.RuleEntry entry : file.rules()) {
      require(entry.id() != null && ids.add(entry.id()), "rule " + entry.id(),
          "has no id or one another rule has");
      rules.add(rule(entry, definitions, sections));
    }
    List<Pattern> notFigures = new ArrayList<>();
    for (RulesFile.NotFigureEntry entry : file.notFigures()) {
      Pattern p = compile("not-figure " + entry.id(), entry.pattern(), definitions);
      for (String example : entry.examples()) {
        require(p.matcher(example).find(), "not-figure " + entry.id(),
            "does not match its example " + example);
      }
      notFigures.add(p);
    }
    Map<String, Grade> grades = new LinkedHashMap<>();
    file.grades().forEach((word, grade) -> grades.put(word, constant(Grade.class, grade,
        "grade " + word)));
    Map<String, EvaluationKind> kinds = new LinkedHashMap<>();
    file.evaluationKinds().forEach((words, kind) -> kinds.put(words,
        constant(EvaluationKind.class, kind, "evaluation kind " + words)));
    return new ExtractionRules(rules, notFigures, grades, kinds, file.unitSuffixes());
  }

  private static Rule rule(RulesFile.RuleEntry e, Map<String, String> definitions,
      Set<String> sections) {
    String where = "rule " + e.id();
    RuleKind kind = constant(RuleKind.class, e.kind(), where + "'s kind");
    require(ITEMS.containsKey(e.item()), where, "reads an unknown item " + e.item());
    require(ITEMS.get(e.item()).contains(kind), where, "cannot read " + e.item() + " as " + kind);
    Set<String> in = e.sections() == null ? Set.of() : new LinkedHashSet<>(e.sections());
    for (String section : in) {
      require(sections.contains(section), where, "names an unknown section " + section);
    }
    require(e.pattern() != null, where, "has no pattern");
    String source = fill(e.pattern(), definitions, where);
    for (String group : kind.groups()) {
      require(source.contains("(?<" + group + ">"), where, "lacks the group " + group);
    }
    if (kind == RuleKind.RATE && e.item().equals("statedFigure")) {
      require(source.contains("(?<name>"), where, "lacks the group name");
    }
    if (kind == RuleKind.DUTIES) {
      require(source.contains("(?<organ>"), where, "lacks the group organ");
    }
    require(kind != RuleKind.CLAIM || e.claim() != null, where, "claims nothing");
    require(e.examples() != null && !e.examples().isEmpty(), where, "has no example");
    require(e.confidence() != null, where, "has no confidence");
    Optional<Pattern> requires = Optional.ofNullable(e.requires())
        .map(r -> compile(where + "'s requires", r, definitions));
    return new Rule(e.id(), e.item(), kind, compile(where, source, Map.of()), requires,
        Set.copyOf(in),
        constant(Confidence.class, e.confidence(), where + "'s confidence"),
        Optional.ofNullable(e.elsewhere())
            .map(c -> constant(Confidence.class, c, where + "'s elsewhere")),
        Optional.ofNullable(e.claim()).map(c -> constant(ClaimKind.class, c, where + "'s claim")),
        Optional.ofNullable(e.assumption()), List.copyOf(e.examples()),
        e.counterexamples() == null ? List.of() : List.copyOf(e.counterexamples()));
  }

  /** The definitions with the definitions they name filled in, in the order given. */
  private static Map<String, String> definitions(Map<String, String> given) {
    Map<String, String> filled = new LinkedHashMap<>();
    given.forEach((name, regex) -> filled.put(name, fill(regex, filled, "definition " + name)));
    return filled;
  }

  private static String fill(String regex, Map<String, String> definitions, String where) {
    Matcher m = PLACEHOLDER.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      require(definitions.containsKey(name), where, "names no definition " + name);
      m.appendReplacement(out, Matcher.quoteReplacement(definitions.get(name)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Pattern compile(String where, String regex, Map<String, String> definitions) {
    try {
      return Pattern.compile(fill(regex, definitions, where));
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("rules.json: " + where + " is not a pattern: "
          + e.getDescription(), e);
    }
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String name, String where) {
    try {
      return Enum.valueOf(type, String.valueOf(name));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("rules.json: " + where + " is " + name + ", not one of "
          + List.of(type.getEnumConstants()), e);
    }
  }

  private static void require(boolean holds, String where, String what) {
    if (!holds) {
      throw new IllegalStateException("rules.json: " + where + " " + what);
    }
  }

  private static Map<String, Set<RuleKind>> items() {
    Map<String, Set<RuleKind>> items = new LinkedHashMap<>();
    items.put("title", Set.of(RuleKind.TITLE));
    items.put("project.name", Set.of(RuleKind.FIELD));
    items.put("department.name", Set.of(RuleKind.FIELD));
    items.put("fiscalYear", Set.of(RuleKind.FIELD));
    items.put("budget.fullYear", Set.of(RuleKind.MONEY));
    items.put("budget.initial", Set.of(RuleKind.MONEY));
    items.put("budget.executed", Set.of(RuleKind.MONEY));
    items.put("budget.rate", Set.of(RuleKind.RATE));
    items.put("claimedTotal", Set.of(RuleKind.SCORE));
    items.put("claimedGrade", Set.of(RuleKind.GRADE));
    items.put("statedFigure", Set.of(RuleKind.RATIO, RuleKind.PARTS, RuleKind.ALL_DONE,
        RuleKind.RATE));
    items.put("claim", Set.of(RuleKind.CLAIM));
    items.put("problems", Set.of(RuleKind.LIST_NUMBERED, RuleKind.LIST_ENUMERATED,
        RuleKind.LIST_SENTENCES));
    items.put("improvements", Set.of(RuleKind.LIST_NUMBERED, RuleKind.LIST_ENUMERATED,
        RuleKind.LIST_SENTENCES));
    items.put("duties", Set.of(RuleKind.DUTIES, RuleKind.DUTY_MARK));
    items.put("units", Set.of(RuleKind.UNITS, RuleKind.UNIT_COUNT));
    items.put("staffing.authorisedPosts", Set.of(RuleKind.STAFF));
    items.put("staffing.staffInPost", Set.of(RuleKind.STAFF));
    return java.util.Collections.unmodifiableMap(items);
  }
}
