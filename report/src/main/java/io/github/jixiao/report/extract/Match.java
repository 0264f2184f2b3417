package io.github.jixiao.report.extract;

import io.github.jixiao.core.Confidence;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule matched in a sentence (匹配): the rule, the sentence, where the match starts and
 * ends in its paragraph, each named group's words (normalised, as the rules read them) and its
 * range in the paragraph, and how sure the rule is in the sentence's section.
 */
record Match(Rule rule, Sentence sentence, int start, int end, Map<String, Group> groups,
    Confidence confidence) {

  /**
   * A named group's words and range.
   *
   * @param text the words, normalised
   * @param start where they start in the paragraph
   * @param end where they end in the paragraph
   */
  record Group(String text, int start, int end) {}

  /** The words of group {@code name}, normalised, if the match gives it. */
  Optional<String> group(String name) {
    return Optional.ofNullable(groups.get(name)).map(Group::text);
  }

  /** The words matched, as the report writes them. */
  String written() {
    return sentence.paragraph().text().substring(start, end);
  }

  /** Whether this match and {@code other} share a character of one paragraph. */
  boolean overlaps(Match other) {
    return sentence.paragraph().index() == other.sentence.paragraph().index()
        && start < other.end && other.start < end;
  }
}
