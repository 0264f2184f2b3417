package io.github.jixiao.report.extract;

import io.github.jixiao.core.Confidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that read sentences run over a report's sentences (逐句匹配): every match of every
 * rule that applies in the sentence's section, in the order of the rules and then of the text,
 * except a match whose figure — an amount, a rate, a score, a count or one of a rate's parts —
 * stands in a date, a document number or a telephone number ({@link
 * ExtractionRules#notFigures()}): "财预〔2020〕10号" holds no figure.
 */
final class Scan {

  /** The groups that hold a figure, held against what looks like one and is not. */
  private static final List<String> FIGURES = List.of("amount", "rate", "score", "count",
      "numerator", "denominator");
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  private final ExtractionRules rules;
  private final Map<Rule, List<String>> groupNames = new HashMap<>();

  Scan(ExtractionRules rules) {
    this.rules = rules;
    for (Rule rule : rules.rules()) {
      List<String> names = new ArrayList<>();
      Matcher m = GROUP_NAME.matcher(rule.pattern().pattern());
      while (m.find()) {
        names.add(m.group(1));
      }
      groupNames.put(rule, List.copyOf(names));
    }
  }

  /** Every match of the sentence-reading rules in {@code sentences}, rule by rule. */
  List<Match> run(List<Sentence> sentences) {
    List<Match> matches = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      if (!rule.kind().bySentence()) {
        continue;
      }
      for (Sentence sentence : sentences) {
        matches.addAll(in(rule, sentence));
      }
    }
    return matches;
  }

  /** The matches of {@code rule} in {@code sentence}, if the rule applies in its section. */
  List<Match> in(Rule rule, Sentence sentence) {
    Optional<Confidence> confidence = rule.confidenceIn(sentence.section().part());
    if (confidence.isEmpty() || !rule.mayMatch(sentence.normal())) {
      return List.of();
    }
    List<Match> found = new ArrayList<>();
    List<int[]> notFigures = null;
    Matcher m = rule.pattern().matcher(sentence.normal());
    while (m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      if (notFigures == null) {
        notFigures = notFigures(sentence.normal());
      }
      if (standsInANotFigure(m, notFigures)) {
        continue;
      }
      found.add(match(rule, sentence, m, confidence.get()));
    }
    return found;
  }

  /** Where in {@code normal} a date, a document number or a telephone number stands. */
  private List<int[]> notFigures(String normal) {
    List<int[]> spans = new ArrayList<>();
    for (Pattern p : rules.notFigures()) {
      Matcher m = p.matcher(normal);
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    return spans;
  }

  private boolean standsInANotFigure(Matcher m, List<int[]> notFigures) {
    for (String name : FIGURES) {
      int s = groupStart(m, name);
      if (s < 0) {
        continue;
      }
      int e = m.end(name);
      for (int[] span : notFigures) {
        if (s < span[1] && span[0] < e) {
          return true;
        }
      }
    }
    return false;
  }

  private static int groupStart(Matcher m, String name) {
    try {
      return m.start(name);
    } catch (IllegalArgumentException noSuchGroup) {
      return -1;
    }
  }

  private Match match(Rule rule, Sentence sentence, Matcher m, Confidence confidence) {
    Map<String, Match.Group> groups = new LinkedHashMap<>();
    for (String name : groupNames.get(rule)) {
      if (m.start(name) >= 0) {
        groups.put(name, new Match.Group(m.group(name), sentence.start() + m.start(name),
            sentence.start() + m.end(name)));
      }
    }
    return new Match(rule, sentence, sentence.start() + m.start(), sentence.start() + m.end(),
        groups, confidence);
  }
}
