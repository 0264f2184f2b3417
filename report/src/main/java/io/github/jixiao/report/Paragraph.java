package io.github.jixiao.report;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One paragraph of a report (段落) as read: its number, counted from 1 in the order of the report,
 * its text (control characters and bidi controls replaced by spaces, one for one, so that every
 * range into the text stays a range into what the report shows), the page of a PDF and the line
 * of a text file it starts on, and the heading level the file's own structure gives it — a Word
 * heading style or outline level, a Markdown {@code #} — where it gives one.
 *
 * @param index the paragraph's number, from 1
 * @param text the paragraph's text
 * @param page the page it starts on, for a PDF
 * @param line the line it starts on, for a text file
 * @param headingLevel the file's own heading level (1 the highest), where it marks one
 */
public record Paragraph(int index, String text, Optional<Integer> page, Optional<Integer> line,
    OptionalInt headingLevel) {

  /** Checks that the number is positive and nothing is null. */
  public Paragraph {
    if (index < 1) {
      throw new IllegalArgumentException("paragraphs are counted from 1: " + index);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(headingLevel, "headingLevel");
  }
}
