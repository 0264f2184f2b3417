package io.github.jixiao.report.read;

import io.github.jixiao.report.Paragraph;
import io.github.jixiao.report.internal.Normalised;
import io.github.jixiao.report.internal.Texts;
import io.github.jixiao.report.internal.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines made into paragraphs (分段). A text file and a PDF break a paragraph wherever a line or a
 * page ends — the seed's "促进各民族广泛交往" goes on as "交流交融" after a page break — so a line
 * that does not end as a sentence or a clause does (。！？；：) runs on into the next, unless it is
 * a heading or the next starts a heading, a numbered item or a cover's field; a line that ends
 * inside a number runs on into the next's digits whatever they start. A Word paragraph is
 * a paragraph: {@link #asGiven} keeps them as they are. Either way a paragraph is made safe to
 * keep ({@link Texts#safe}) and numbered from 1; a blank one is dropped.
 */
final class Paragraphs {

  /**
   * How a sentence or a clause ends: what a line that runs on cannot end with. A point after a
   * digit is a number's (3306.) or an item's (14.), not a full stop.
   */
  private static final Pattern ENDS =
      Pattern.compile("(?:[。！？；：!?;:]|(?<![0-9])\\.)[”’」』)）\"]?$");
  /** A line that ends inside a number (…；1 | 4. 保障…, 3306. | 19 万元): it runs on into digits. */
  private static final Pattern BROKEN_NUMBER = Pattern.compile("[0-9][.,]?$");

  private final Vocabulary vocabulary = Vocabulary.standard();

  /** The paragraphs of {@code lines}, a line that runs on joined to the next. */
  List<Paragraph> joined(List<Line> lines) {
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Line first = null;
    Line last = null;
    for (Line line : lines) {
      String t = line.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      if (first != null && !runsOn(last, line)) {
        add(paragraphs, text.toString(), first);
        text.setLength(0);
        first = null;
      }
      if (first == null) {
        first = line;
      } else if (latin(text.charAt(text.length() - 1)) && latin(t.charAt(0))) {
        text.append(' ');
      }
      text.append(t);
      last = line;
    }
    if (first != null) {
      add(paragraphs, text.toString(), first);
    }
    return paragraphs;
  }

  /** Every non-blank line a paragraph of its own. */
  List<Paragraph> asGiven(List<Line> lines) {
    List<Paragraph> paragraphs = new ArrayList<>();
    for (Line line : lines) {
      if (!line.text().isBlank()) {
        add(paragraphs, line.text().strip(), line);
      }
    }
    return paragraphs;
  }

  private boolean runsOn(Line previous, Line next) {
    String before = Normalised.of(previous.text().strip());
    String after = Normalised.of(next.text().strip());
    if (previous.headingLevel().isPresent() || next.headingLevel().isPresent()) {
      return false;
    }
    if (BROKEN_NUMBER.matcher(before).find() && !after.isEmpty()
        && Character.isDigit(after.charAt(0))) {
      return true;
    }
    if (ENDS.matcher(before).find()) {
      return false;
    }
    if (vocabulary.markAt(after).isPresent() || vocabulary.field(after)) {
      return false;
    }
    return vocabulary.markAt(before).map(m -> !heading(m, before)).orElse(true);
  }

  /** Whether a line that a mark starts reads as a heading: its title short or known. */
  private boolean heading(Vocabulary.MarkAt mark, String line) {
    String title = line.substring(mark.end());
    return switch (mark.mark().heading()) {
      case ANY -> vocabulary.headingTitle(title) || vocabulary.part(title).isPresent();
      case KNOWN -> vocabulary.headingTitle(title) && vocabulary.part(title).isPresent();
      case NEVER -> false;
    };
  }

  private static void add(List<Paragraph> paragraphs, String text, Line first) {
    paragraphs.add(new Paragraph(paragraphs.size() + 1, Texts.safe(text),
        Optional.ofNullable(first.page()), Optional.ofNullable(first.number()),
        first.headingLevel()));
  }

  /** A Latin letter: two words broken by a line are joined with a space; digits are not. */
  private static boolean latin(char c) {
    return c < 0x2E80 && Character.isLetter(c);
  }
}
