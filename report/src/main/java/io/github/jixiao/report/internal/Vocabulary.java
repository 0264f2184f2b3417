package io.github.jixiao.report.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The outline's vocabulary (提纲词表), read from {@code outline.json} beside this class: the
 * numbering marks a heading or a list item starts with (一、 (一) 第一部分 1. ① 一是…), each with
 * its level and whether a paragraph it starts may be a heading; the known sections of a report
 * (基本情况, 部门整体收支情况, 存在的主要问题, 下一步改进措施 …) by the titles they are printed
 * with; and the lines a PDF repeats on every page (page numbers). Formats.md's "Word/PDF
 * reports" is the source of the titles; a province's own wording is one more title in the file.
 */
public final class Vocabulary {

  private static final Vocabulary STANDARD = load();

  private final List<Mark> marks;
  private final List<Part> parts;
  private final int longestTitle;
  private final Pattern titleEnd;
  private final Pattern pageNumber;
  private final Pattern field;

  private Vocabulary(OutlineFile file) {
    this.marks = file.markers().stream().map(Mark::of).toList();
    this.parts = List.copyOf(file.parts());
    this.longestTitle = file.headingTitle().maxLength();
    this.titleEnd = compile("headingTitle.endsWith", file.headingTitle().endsWith());
    this.pageNumber = compile("pageNumber", file.pageNumber());
    this.field = compile("field", file.field());
  }

  /** The vocabulary shipped with jixiao-report. */
  public static Vocabulary standard() {
    return STANDARD;
  }

  /** The numbering mark {@code normalised} (a paragraph's normalised text) starts with, if any. */
  public Optional<MarkAt> markAt(String normalised) {
    int start = 0;
    while (start < normalised.length() && Character.isWhitespace(normalised.charAt(start))) {
      start++;
    }
    for (Mark mark : marks) {
      Matcher m = mark.pattern().matcher(normalised).region(start, normalised.length());
      if (m.lookingAt()) {
        int end = m.end();
        while (end < normalised.length() && Character.isWhitespace(normalised.charAt(end))) {
          end++;
        }
        return Optional.of(new MarkAt(mark, end));
      }
    }
    return Optional.empty();
  }

  /** The known section whose title {@code title} holds (the longest such title), if any. */
  public Optional<Part> part(String title) {
    String bare = title.replaceAll("\\s+", "");
    Part best = null;
    int bestLength = 0;
    for (Part part : parts) {
      for (String known : part.titles()) {
        if (known.length() > bestLength && bare.contains(known)) {
          best = part;
          bestLength = known.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The known section whose title {@code text} starts with, followed by its end or by a colon,
   * a full stop or a space (三、存在的主要问题：预算编制…), and how long that title is.
   */
  public Optional<TitleAt> titleAt(String text) {
    String t = text.strip();
    TitleAt best = null;
    for (Part part : parts) {
      for (String known : part.titles()) {
        if (t.startsWith(known) && (best == null || known.length() > best.length())
            && (t.length() == known.length() || ":：。. ".indexOf(t.charAt(known.length())) >= 0)) {
          best = new TitleAt(part, known.length());
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether {@code title} reads as a heading's title: short, not ending as a sentence does. */
  public boolean headingTitle(String title) {
    String t = title.strip();
    return !t.isEmpty() && t.length() <= longestTitle && !titleEnd.matcher(t).find();
  }

  /** Whether a PDF's line is only a page number (3, - 3 -, 第 3 页, 第3页 共20页). */
  public boolean pageNumber(String normalisedLine) {
    return pageNumber.matcher(normalisedLine.strip()).matches();
  }

  /** Whether a line starts as a cover's field does: 项目名称：, 预算部门（公章）：. */
  public boolean field(String normalisedLine) {
    return field.matcher(normalisedLine).lookingAt();
  }

  /** Whether headings no known section claims nest inside section {@code id}. */
  public boolean nested(String id) {
    return parts.stream().anyMatch(p -> p.id().equals(id) && p.nested());
  }

  /** The id of every known section, for the extraction rules to name. */
  public Set<String> partIds() {
    Set<String> ids = new HashSet<>();
    parts.forEach(p -> ids.add(p.id()));
    return ids;
  }

  private static Vocabulary load() {
    OutlineFile file = StrictJson.resource(Vocabulary.class, "outline.json", OutlineFile.class);
    if (!"jixiao/report-outline/1".equals(file.format())) {
      throw new IllegalStateException("outline.json is not jixiao/report-outline/1");
    }
    Set<String> ids = new HashSet<>();
    for (Part part : file.parts()) {
      if (!ids.add(part.id()) || part.titles().isEmpty()) {
        throw new IllegalStateException("outline.json: part " + part.id()
            + " is given twice or has no title");
      }
    }
    return new Vocabulary(file);
  }

  static Pattern compile(String where, String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException("outline.json: " + where + " is not a pattern", e);
    }
  }

  /** Whether a paragraph a mark starts may be a heading. */
  public enum Heading {
    /** With any short title, or a known one (一、 (一) 第一部分). */
    ANY,
    /** Only with a known section's title (1. ①). */
    KNOWN,
    /** Never: a list item (一是, 二是). */
    NEVER
  }

  /**
   * A numbering mark: its id, its level (1 the highest) and whether it may start a heading.
   *
   * @param id the mark's id in the file
   * @param level its level
   * @param heading whether it may start a heading
   * @param pattern what it looks like, at a paragraph's start
   */
  public record Mark(String id, int level, Heading heading, Pattern pattern) {
    static Mark of(MarkerEntry entry) {
      if (entry.level() < 1 || entry.level() > 9) {
        throw new IllegalStateException("outline.json: marker " + entry.id() + " has level "
            + entry.level() + ", not 1 to 9");
      }
      return new Mark(entry.id(), entry.level(), entry.heading(),
          compile("marker " + entry.id(), entry.pattern()));
    }
  }

  /**
   * A mark found at a paragraph's start, and where the text after it (and its spaces) begins.
   *
   * @param mark the mark
   * @param end where the text after it begins
   */
  public record MarkAt(Mark mark, int end) {}

  /**
   * A known section of a report (报告的已知部分): its id, the titles it is printed with, and
   * whether headings it does not know nest inside it (a 年度工作任务 section numbers its own
   * 一、二、三) instead of ending it.
   *
   * @param id the section's id, e.g. {@code problems}
   * @param level the level of a heading that is its title alone, with no mark
   * @param name its usual title, e.g. 存在的主要问题
   * @param titles every title it is printed with
   * @param nested whether unknown headings nest inside it
   */
  public record Part(String id, int level, String name, List<String> titles, boolean nested) {
    /** Copies the titles. */
    public Part {
      titles = List.copyOf(titles);
    }
  }

  /**
   * A known section's title at the start of a text, and its length.
   *
   * @param part the section
   * @param length how long the title is
   */
  public record TitleAt(Part part, int length) {}

  record MarkerEntry(String id, int level, Heading heading, String pattern) {}

  record TitleRule(int maxLength, String endsWith) {}

  record OutlineFile(String format, String description, List<MarkerEntry> markers,
      TitleRule headingTitle, String pageNumber, String field, List<Part> parts) {}
}
