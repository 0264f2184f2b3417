package io.github.jixiao.report.extract;

import io.github.jixiao.report.Paragraph;
import io.github.jixiao.report.ReportText;
import io.github.jixiao.report.outline.Heading;
import io.github.jixiao.report.outline.Outline;
import io.github.jixiao.report.outline.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as the readings see it (报告视图): its paragraphs, each with its section in the outline
 * and its sentences, and where a paragraph's body starts (after a heading that shares its
 * paragraph: 三、存在的主要问题：…).
 */
final class View {

  private final ReportText text;
  private final Outline outline;
  private final List<List<Sentence>> sentences = new ArrayList<>();

  View(ReportText text) {
    this.text = text;
    this.outline = Outline.of(text);
    for (Paragraph p : text.paragraphs()) {
      sentences.add(Sentences.of(p, 0, outline.sectionOf(p.index())));
    }
  }

  ReportText text() {
    return text;
  }

  /** Every sentence, in the order of the report. */
  List<Sentence> sentences() {
    List<Sentence> all = new ArrayList<>();
    sentences.forEach(all::addAll);
    return all;
  }

  /** The sentences of paragraph {@code index}, in order. */
  List<Sentence> sentencesOf(int index) {
    return sentences.get(index - 1);
  }

  /** The section paragraph {@code index} stands in. */
  Section section(int index) {
    return outline.sectionOf(index);
  }

  /** Where the body of paragraph {@code index} starts: 0, or after the heading it holds. */
  int bodyStart(int index) {
    for (Heading h : outline.headings()) {
      if (h.paragraph() == index) {
        return h.bodyStart();
      }
    }
    return 0;
  }

  /** The sentence of paragraph {@code index} that holds position {@code at}. */
  Sentence sentenceAt(int index, int at) {
    List<Sentence> of = sentences.get(index - 1);
    Sentence holding = of.isEmpty() ? null : of.get(0);
    for (Sentence s : of) {
      if (s.start() <= at) {
        holding = s;
      }
    }
    return holding;
  }

  /** The paragraphs in section {@code part}, in order. */
  List<Paragraph> paragraphsIn(String part) {
    return text.paragraphs().stream()
        .filter(p -> outline.sectionOf(p.index()).part().equals(part)).toList();
  }
}
