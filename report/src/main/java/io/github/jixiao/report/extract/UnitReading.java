package io.github.jixiao.report.extract;

import io.github.jixiao.core.Confidence;
import io.github.jixiao.core.OrganisationalUnit;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The unit's organisational units read (内设机构): "设4个专门委员会，分别是A、B、C、D" gives four
 * units of the category 专门委员会; "设1个综合办事机构：办公室，下设：X科、Y科" gives 办公室 and its
 * sections, each with 办公室 as parent and the category its name ends with (科); "设工作委员会7个，
 * 分别是…" the same with the count after. When the count printed is not the number of names the
 * units are kept at low confidence and the difference noted. A count with no names (内设6个科室)
 * has no place in the evaluation: it is kept as an item and noted. Codes are {@code unit-1},
 * {@code unit-2} … in the order of the report.
 */
final class UnitReading {

  private UnitReading() {}

  static void read(Draft draft, List<Match> matches, ExtractionRules rules) {
    List<Match> named = new ArrayList<>(Picks.of(matches, "units").stream()
        .filter(m -> m.rule().kind() == RuleKind.UNITS).toList());
    named.sort(Comparator.comparing(m -> Source.of(m, "units"), Source::compareByPlace));
    List<Match> taken = new ArrayList<>();
    for (Match m : named) {
      if (taken.stream().noneMatch(m::overlaps)) {
        taken.add(m);
        units(draft, m, rules);
      }
    }
    for (Match m : Picks.of(matches, "units")) {
      if (m.rule().kind() == RuleKind.UNIT_COUNT && taken.stream().noneMatch(m::overlaps)) {
        taken.add(m);
        draft.unplaced(Source.of(m, "units"));
        draft.note(Message.of("report.extract.note.units-unnamed",
            Argument.text("written", m.written().strip())));
      }
    }
  }

  private static void units(Draft draft, Match m, ExtractionRules rules) {
    String category = CoverReading.written(m, "category");
    List<Match.Group> names = split(m.sentence(), m.groups().get("names"));
    Optional<Integer> count = Numbers.count(m.group("count").orElseThrow());
    Confidence confidence = m.confidence();
    if (count.isEmpty() || count.get() != names.size()) {
      confidence = Confidence.LOW;
      draft.note(Message.of("report.extract.note.units-count", Argument.text("category", category),
          Argument.text("count", m.group("count").orElseThrow()),
          Argument.number("names", names.size())));
    }
    String parent = null;
    for (Match.Group name : names) {
      String code = add(draft, m, name, Optional.of(category), Optional.empty(), confidence);
      parent = names.size() == 1 ? code : null;
    }
    Match.Group children = m.groups().get("children");
    if (children != null && parent != null) {
      for (Match.Group child : split(m.sentence(), children)) {
        add(draft, m, child, suffix(child.text(), rules), Optional.of(parent), confidence);
      }
    }
  }

  /** Adds the unit named {@code name}; its code, or null when the draft holds too many. */
  private static String add(Draft draft, Match m, Match.Group name, Optional<String> category,
      Optional<String> parent, Confidence confidence) {
    String code = "unit-" + (draft.units.size() + 1);
    String written = m.sentence().paragraph().text().substring(name.start(), name.end());
    boolean added = draft.add(draft.units, new Draft.Listed<>(OrganisationalUnit.builder()
        .code(code).name(written).category(category).parentCode(parent).build(),
        new Source("units", m.rule().id(), m.sentence().paragraph(), name.start(), name.end(),
            m.sentence().text(), m.sentence().section().title(), confidence)));
    return added ? code : null;
  }

  /** The names of a 、-separated list, each with its range, spaces trimmed. */
  private static List<Match.Group> split(Sentence sentence, Match.Group list) {
    List<Match.Group> names = new ArrayList<>();
    int at = list.start();
    for (String part : list.text().split("、", -1)) {
      int s = at;
      int e = at + part.length();
      String text = sentence.paragraph().text();
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        names.add(new Match.Group(text.substring(s, e), s, e));
      }
      at += part.length() + 1;
    }
    return names;
  }

  /** What sort of unit {@code name} is by its ending (科, 处, 中心), if the rules know it. */
  private static Optional<String> suffix(String name, ExtractionRules rules) {
    return rules.unitSuffixes().stream().filter(name::endsWith)
        .max(Comparator.comparingInt(String::length));
  }
}
