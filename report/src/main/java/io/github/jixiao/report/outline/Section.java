package io.github.jixiao.report.outline;

import java.util.Optional;

/**
 * Where a paragraph stands in a report's outline (所在部分): the known section ({@code finance},
 * {@code problems}; {@code cover} before the first numbered or known heading, {@code other} under
 * headings no known section claims), the innermost heading above it, and the heading of its
 * known section.
 *
 * @param part the id of the known section, or {@code cover} or {@code other}
 * @param heading the innermost heading above the paragraph (or the paragraph itself)
 * @param partHeading the heading of the known section
 */
public record Section(String part, Optional<Heading> heading, Optional<Heading> partHeading) {

  /** Before the first numbered or known heading: the report's cover and title. */
  public static final String COVER = "cover";
  /** Under headings no known section claims. */
  public static final String OTHER = "other";

  /** The innermost heading's title, as printed: what an item's section is called. */
  public Optional<String> title() {
    return heading.map(Heading::title);
  }
}
