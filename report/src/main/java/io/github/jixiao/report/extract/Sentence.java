package io.github.jixiao.report.extract;

import io.github.jixiao.report.Paragraph;
import io.github.jixiao.report.outline.Section;

/**
 * One sentence of a paragraph (句子): the paragraph, where the sentence starts and ends in it,
 * its text as written and normalised ({@link io.github.jixiao.report.internal.Normalised}), and
 * the section of the outline it stands in.
 */
record Sentence(Paragraph paragraph, int start, int end, String normal, Section section) {

  /** The sentence as the report writes it. */
  String text() {
    return paragraph.text().substring(start, end);
  }
}
