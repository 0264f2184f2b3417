package io.github.jixiao.report.extract;

import io.github.jixiao.core.Duty;
import io.github.jixiao.report.Paragraph;
import io.github.jixiao.report.internal.Normalised;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The unit's duties read (职责): a lead that names the organ holding them ("广州市白云区人民代表大会
 * 是…，其主要职责有：", "…常务委员会行使下列职权：") opens a list, and its items are numbered 1, 2, 3 in
 * order ("1. …；2. …", "1、…。2、…"), in the lead's paragraph and in the paragraphs that follow
 * and start with the next number. A number out of order is text, not an item; a paragraph that
 * neither continues the count nor leads a new list closes it. Each list's duties are coded by
 * the list and the number: {@code d2-13} is the thirteenth duty of the second list.
 */
final class DutyReading {

  private DutyReading() {}

  /** A list being read: its number, its organ, the next number expected. */
  private static final class Open {
    final int list;
    final String organ;
    int expected = 1;

    Open(int list, String organ) {
      this.list = list;
      this.organ = organ;
    }
  }

  static void read(Draft draft, View view, ExtractionRules rules) {
    Rule lead = rules.of("duties").stream().filter(r -> r.kind() == RuleKind.DUTIES)
        .findFirst().orElseThrow();
    Rule mark = rules.of("duties").stream().filter(r -> r.kind() == RuleKind.DUTY_MARK)
        .findFirst().orElseThrow();
    Open open = null;
    int lists = 0;
    for (Paragraph p : view.text().paragraphs()) {
      if (lead.confidenceIn(view.section(p.index()).part()).isEmpty()) {
        open = null;
        continue;
      }
      String normal = Normalised.of(p.text());
      Matcher leads = lead.pattern().matcher(normal);
      int from = 0;
      if (leads.find()) {
        String organ = organ(p, leads);
        open = new Open(++lists, organ);
        from = leads.end();
      } else if (open == null || !startsWith(mark, normal, open.expected)) {
        open = null;
        continue;
      }
      items(draft, p, view.section(p.index()).title(), normal, from, open, mark);
    }
  }

  private static void items(Draft draft, Paragraph p, Optional<String> section, String normal,
      int from,
      Open open, Rule mark) {
    Matcher m = mark.pattern().matcher(normal).region(from, normal.length());
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int markStart = -1;
    int itemStart = -1;
    int number = 0;
    while (m.find()) {
      if (Integer.parseInt(m.group("n")) != open.expected) {
        continue;
      }
      if (itemStart >= 0) {
        add(draft, p, section, markStart, itemStart, m.start(), open, number, mark);
      }
      number = open.expected++;
      markStart = m.start("n");
      itemStart = m.end();
    }
    if (itemStart >= 0) {
      add(draft, p, section, markStart, itemStart, normal.length(), open, number, mark);
    }
  }

  private static boolean startsWith(Rule mark, String normal, int expected) {
    Matcher m = mark.pattern().matcher(normal);
    return m.lookingAt() && Integer.parseInt(m.group("n")) == expected;
  }

  private static String organ(Paragraph p, Matcher lead) {
    String group = lead.start("organ2") >= 0 ? "organ2" : "organ";
    return p.text().substring(lead.start(group), lead.end(group)).strip();
  }

  /**
   * The duty numbered {@code number}, its text from {@code start} to {@code end} less its stops;
   * its sentence is the item with its number and stop (1. 在职权范围内通过和发布决议；).
   */
  private static void add(Draft draft, Paragraph p, Optional<String> section, int markStart,
      int start, int end, Open open, int number, Rule mark) {
    String text = p.text();
    int s = start;
    int e = Sentences.boundedEnd(text, start, end);
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1))
        || "；;。，,".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    if (e - s < 2) {
      return;
    }
    String item = text.substring(markStart, Sentences.boundedEnd(text, markStart, end)).strip();
    Source source = new Source("duties", mark.id(), p, s, e, item,
        section, mark.confidence());
    Duty duty = Duty.builder().code("d" + open.list + "-" + number).text(text.substring(s, e))
        .organ(Optional.of(open.organ).filter(o -> !o.isBlank())).build();
    draft.found("duties");
    draft.add(draft.duties, new Draft.Listed<>(duty, source));
  }
}
