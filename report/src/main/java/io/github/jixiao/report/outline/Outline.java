package io.github.jixiao.report.outline;

import io.github.jixiao.report.Paragraph;
import io.github.jixiao.report.ReportText;
import io.github.jixiao.report.internal.Normalised;
import io.github.jixiao.report.internal.Vocabulary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The outline of a report (报告提纲): its headings, and the section of every paragraph. A heading
 * is a paragraph that starts with a heading's numbering mark and whose title is short and does
 * not end as a sentence (一、坚持党的领导，牢牢把握人大工作正确政治方向), or names a known section
 * (1. 部门职能; 三、存在的主要问题：… with its body after the colon), or that the file marks as a
 * heading (Word's 标题 1, Markdown's {@code #}), or that is a known section's title alone.
 *
 * <p>A heading closes every open heading at its level or below. A known section lasts until a
 * heading at its level or above closes it — except a section whose own text numbers its items
 * as headings (年度总体工作和重点工作任务, 主要工作成效: the seed numbers its year's work 一、 to 四、
 * inside 基本情况's (二)), which only another known section closes; its unknown headings nest in
 * it. What stands before the first heading that is numbered or names a known section is the
 * cover, a title the file marks as a heading included. Immutable.
 */
public final class Outline {

  private final List<Heading> headings;
  private final List<Section> sections;

  private Outline(List<Heading> headings, List<Section> sections) {
    this.headings = List.copyOf(headings);
    this.sections = List.copyOf(sections);
  }

  /** The outline of {@code text}, with the vocabulary shipped with jixiao-report. */
  public static Outline of(ReportText text) {
    Vocabulary vocabulary = Vocabulary.standard();
    List<Heading> headings = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    Deque<Heading> open = new ArrayDeque<>();
    Deque<Heading> parts = new ArrayDeque<>();
    // a title a file marks as a heading (Markdown's #, Word's 标题) is still the cover's
    boolean numbered = false;
    for (Paragraph paragraph : text.paragraphs()) {
      Optional<Heading> found = heading(vocabulary, paragraph);
      if (found.isPresent()) {
        Heading h = found.get();
        headings.add(h);
        numbered |= h.part().isPresent()
            || vocabulary.markAt(Normalised.of(paragraph.text())).isPresent();
        boolean nests = h.part().isEmpty() && !parts.isEmpty()
            && vocabulary.nested(parts.peek().part().orElseThrow());
        if (!nests) {
          while (!parts.isEmpty() && parts.peek().level() >= h.level()) {
            parts.pop();
          }
        }
        while (!open.isEmpty() && open.peek().level() >= h.level()) {
          open.pop();
        }
        open.push(h);
        if (h.part().isPresent()) {
          parts.push(h);
        }
      }
      String part = !numbered ? Section.COVER
          : parts.isEmpty() ? Section.OTHER : parts.peek().part().orElseThrow();
      sections.add(new Section(part, Optional.ofNullable(open.peek()),
          Optional.ofNullable(parts.peek())));
    }
    return new Outline(headings, sections);
  }

  /** The headings, in the order of the report. */
  public List<Heading> headings() {
    return headings;
  }

  /** The section paragraph {@code paragraph} (from 1) stands in. */
  public Section sectionOf(int paragraph) {
    return sections.get(paragraph - 1);
  }

  private static Optional<Heading> heading(Vocabulary vocabulary, Paragraph paragraph) {
    String text = paragraph.text();
    String normal = Normalised.of(text);
    Optional<Vocabulary.MarkAt> mark = vocabulary.markAt(normal);
    int from = mark.map(Vocabulary.MarkAt::end).orElse(0);
    String rest = normal.substring(from);
    Optional<Vocabulary.TitleAt> known = vocabulary.titleAt(rest);
    int level = mark.map(m -> m.mark().level()).orElse(paragraph.headingLevel().orElse(0));
    if (mark.isPresent()) {
      Vocabulary.Heading may = mark.get().mark().heading();
      if (may == Vocabulary.Heading.NEVER) {
        return Optional.empty();
      }
      if (known.isPresent() && !vocabulary.headingTitle(rest)) {
        return Optional.of(inline(paragraph, from, known.get(), level));
      }
      boolean titled = vocabulary.headingTitle(rest)
          && (may == Vocabulary.Heading.ANY || vocabulary.part(rest).isPresent());
      return titled ? Optional.of(whole(vocabulary, paragraph, from, level)) : Optional.empty();
    }
    if (paragraph.headingLevel().isPresent() && text.length() <= 80) {
      return Optional.of(whole(vocabulary, paragraph, 0, level));
    }
    if (known.isPresent() && known.get().length() == rest.strip().replaceAll("[:：]$", "")
        .length()) {
      return Optional.of(whole(vocabulary, paragraph, 0, known.get().part().level()));
    }
    return Optional.empty();
  }

  private static Heading whole(Vocabulary vocabulary, Paragraph paragraph, int from, int level) {
    String title = title(paragraph.text().substring(from));
    return new Heading(paragraph.index(), Math.max(1, level), title,
        vocabulary.part(Normalised.of(title)).map(Vocabulary.Part::id),
        paragraph.text().length());
  }

  private static Heading inline(Paragraph paragraph, int from, Vocabulary.TitleAt known,
      int level) {
    String text = paragraph.text();
    int start = from;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = start + known.length();
    int body = end;
    while (body < text.length() && ":：。. ".indexOf(text.charAt(body)) >= 0) {
      body++;
    }
    return new Heading(paragraph.index(), Math.max(1, level), text.substring(start, end),
        Optional.of(known.part().id()), body);
  }

  private static String title(String text) {
    return text.strip().replaceAll("[:：]+$", "").strip();
  }
}
