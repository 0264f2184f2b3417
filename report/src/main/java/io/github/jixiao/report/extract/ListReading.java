package io.github.jixiao.report.extract;

import io.github.jixiao.core.Improvement;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.report.Paragraph;
import io.github.jixiao.report.internal.Normalised;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The problems (存在的主要问题) and improvement measures (改进措施) read from their sections, as a
 * list: by their marks when the section numbers them (一是…；二是…, (一), 1.) — an item runs to the
 * next mark, and only its first sentence is its text; else as run together after a lead, in the
 * rules' order ("如：A、B、C等" before "主要是："), split at 、; else one item per sentence, at low
 * confidence. The section is found by the outline; a report without it has none to read.
 */
final class ListReading {

  private ListReading() {}

  /** One item of a list: its paragraph and range, at the rule's confidence. */
  private record Piece(Paragraph paragraph, int start, int end, Rule rule) {}

  static void read(Draft draft, View view, ExtractionRules rules, String item) {
    List<Rule> of = rules.of(item);
    String part = of.get(0).sections().iterator().next();
    List<Paragraph> paragraphs = view.paragraphsIn(part);
    List<Piece> pieces = new ArrayList<>();
    for (RuleKind kind : List.of(RuleKind.LIST_NUMBERED, RuleKind.LIST_ENUMERATED,
        RuleKind.LIST_SENTENCES)) {
      for (Rule rule : of) {
        if (rule.kind() == kind && pieces.isEmpty()) {
          pieces = pieces(view, paragraphs, rule);
        }
      }
    }
    if (paragraphs.isEmpty()) {
      draft.note(Message.of("report.extract.note.no-section",
          Items.named(item), Argument.text("section", sectionName(part))));
    }
    for (Piece piece : pieces) {
      String text = piece.paragraph().text().substring(piece.start(), piece.end());
      Sentence sentence = view.sentenceAt(piece.paragraph().index(), piece.start());
      Source source = new Source(item, piece.rule().id(), piece.paragraph(), piece.start(),
          piece.end(), sentence.text(), sentence.section().title(), piece.rule().confidence());
      draft.found(item);
      if (item.equals("problems")) {
        draft.add(draft.problems, new Draft.Listed<>(Problem.builder().text(text).build(), source));
      } else {
        draft.add(draft.improvements, new Draft.Listed<>(Improvement.builder().text(text).build(),
            source));
      }
    }
  }

  private static String sectionName(String part) {
    return part.equals("problems") ? "存在的主要问题" : "改进措施";
  }

  private static List<Piece> pieces(View view, List<Paragraph> paragraphs, Rule rule) {
    return switch (rule.kind()) {
      case LIST_NUMBERED -> numbered(view, paragraphs, rule);
      case LIST_ENUMERATED -> enumerated(view, paragraphs, rule);
      default -> sentences(view, paragraphs, rule);
    };
  }

  private static List<Piece> numbered(View view, List<Paragraph> paragraphs, Rule rule) {
    List<Piece> pieces = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      String normal = Normalised.of(p.text());
      Matcher m = rule.pattern().matcher(normal).region(view.bodyStart(p.index()), normal.length());
      m.useTransparentBounds(true).useAnchoringBounds(false);
      List<int[]> marks = new ArrayList<>();
      while (m.find()) {
        marks.add(new int[] {m.start(), m.end()});
      }
      for (int i = 0; i < marks.size(); i++) {
        int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : p.text().length();
        addHeadline(pieces, p, marks.get(i)[1], end, rule);
      }
    }
    return pieces.size() >= 2 ? pieces : List.of();
  }

  private static List<Piece> enumerated(View view, List<Paragraph> paragraphs, Rule rule) {
    List<Piece> pieces = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      String normal = Normalised.of(p.text());
      Matcher m = rule.pattern().matcher(normal).region(view.bodyStart(p.index()), normal.length());
      if (!m.find()) {
        continue;
      }
      int at = m.start("list");
      for (String part : m.group("list").split("、", -1)) {
        add(pieces, p, at, at + part.length(), rule);
        at += part.length() + 1;
      }
    }
    return pieces.size() >= 2 ? pieces : List.of();
  }

  private static List<Piece> sentences(View view, List<Paragraph> paragraphs, Rule rule) {
    List<Piece> pieces = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      int body = view.bodyStart(p.index());
      for (Sentence s : view.sentencesOf(p.index())) {
        if (s.end() > body
            && rule.pattern().matcher(s.normal()).matches()) {
          add(pieces, p, Math.max(s.start(), body), s.end(), rule);
        }
      }
    }
    return pieces;
  }

  /** An item from {@code start} to its first sentence's end, or to {@code end}. */
  private static void addHeadline(List<Piece> pieces, Paragraph p, int start, int end,
      Rule rule) {
    String text = p.text();
    int stop = end;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '。' && i + 1 < end && !text.substring(i + 1, end).isBlank()) {
        stop = i + 1;
        break;
      }
    }
    add(pieces, p, start, stop, rule);
  }

  /** An item of {@code p} from {@code start} to {@code end}, its spaces and stops trimmed. */
  private static void add(List<Piece> pieces, Paragraph p, int start, int end, Rule rule) {
    String text = p.text();
    int s = start;
    int e = Sentences.boundedEnd(text, start, end);
    while (s < e && (Character.isWhitespace(text.charAt(s)) || "：:".indexOf(text.charAt(s)) >= 0)) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1))
        || "；;。，,、".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    if (e - s >= 2) {
      pieces.add(new Piece(p, s, e, rule));
    }
  }
}
