package io.github.jixiao.report.extract;

import io.github.jixiao.core.Confidence;
import io.github.jixiao.core.ExtractedItem;
import io.github.jixiao.report.Paragraph;
import java.util.Optional;

/**
 * Where one value was read (来源): the item and rule, the paragraph and the range of the words in
 * it, the sentence they stand in, the section's title and the rule's confidence — an {@link
 * ExtractedItem} once the value's place in the draft is known.
 */
record Source(String item, String rule, Paragraph paragraph, int start, int end, String sentence,
    Optional<String> section, Confidence confidence) {

  /** Where {@code match} was read, as item {@code item}. */
  static Source of(Match match, String item) {
    return new Source(item, match.rule().id(), match.sentence().paragraph(), match.start(),
        match.end(), match.sentence().text(), match.sentence().section().title(),
        match.confidence());
  }

  /** Where group {@code group} of {@code match} was read, as item {@code item}. */
  static Source ofGroup(Match match, String group, String item) {
    Match.Group g = match.groups().get(group);
    return new Source(item, match.rule().id(), match.sentence().paragraph(), g.start(), g.end(),
        match.sentence().text(), match.sentence().section().title(), match.confidence());
  }

  /** This source at another confidence. */
  Source at(Confidence other) {
    return new Source(item, rule, paragraph, start, end, sentence, section, other);
  }

  /** The words read, as the report writes them. */
  String written() {
    return paragraph.text().substring(start, end);
  }

  /** Whether this source comes before {@code other} in the report. */
  int compareByPlace(Source other) {
    int p = Integer.compare(paragraph.index(), other.paragraph.index());
    return p != 0 ? p : Integer.compare(start, other.start);
  }

  /** The item, pointing at {@code path} in the draft's evaluation, or nowhere. */
  ExtractedItem item(Optional<String> path) {
    return ExtractedItem.builder().item(item).rule(rule).path(path).written(written())
        .sentence(sentence).paragraph(paragraph.index()).start(start).end(end)
        .page(paragraph.page()).line(paragraph.line()).section(section).confidence(confidence)
        .build();
  }
}
