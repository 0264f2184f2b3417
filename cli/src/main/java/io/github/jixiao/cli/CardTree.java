package io.github.jixiao.cli;

import io.github.jixiao.rules.result.GroupScore;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A score card (评分表) laid out as the rows of a 自评表: the groups (一级、二级指标) before their
 * first indicator, the indicators in the order of the tree, and the assumptions numbered once.
 */
final class CardTree {

  /** One row: a group (with its subtotal) or a scored indicator. */
  record Row(Optional<GroupScore> group, Optional<IndicatorScore> indicator, List<String> ancestors,
      List<Integer> notes) {
    int level() {
      return group.map(GroupScore::getLevel).orElseGet(() -> indicator.orElseThrow().getLevel());
    }
  }

  final List<Row> rows = new ArrayList<>();
  /** Each distinct assumption, numbered from 1 in order of first appearance, with its codes. */
  final Map<String, List<String>> assumptions = new LinkedHashMap<>();

  CardTree(ScoreCard card) {
    Map<String, GroupScore> groups = new HashMap<>();
    card.getGroups().forEach(g -> groups.put(g.getCode(), g));
    List<String> shown = new ArrayList<>();
    for (IndicatorScore line : card.getIndicators()) {
      List<GroupScore> ancestors = new ArrayList<>();
      for (Optional<String> p = line.getParentCode(); p.isPresent(); ) {
        GroupScore g = groups.get(p.get());
        if (g == null) {
          break;
        }
        ancestors.add(0, g);
        p = g.getParentCode();
      }
      for (GroupScore g : ancestors) {
        if (!shown.contains(g.getCode())) {
          shown.add(g.getCode());
          rows.add(new Row(Optional.of(g), Optional.empty(), codes(ancestors, g), List.of()));
        }
      }
      List<Integer> notes = new ArrayList<>();
      for (String a : line.getAssumptions()) {
        List<String> codes = assumptions.computeIfAbsent(a, k -> new ArrayList<>());
        codes.add(line.getCode());
        notes.add(new ArrayList<>(assumptions.keySet()).indexOf(a) + 1);
      }
      rows.add(new Row(Optional.empty(), Optional.of(line), codes(ancestors, null),
          List.copyOf(notes)));
    }
  }

  /** The codes of {@code ancestors} above {@code upTo} (all of them when it is null). */
  private static List<String> codes(List<GroupScore> ancestors, GroupScore upTo) {
    List<String> codes = new ArrayList<>();
    for (GroupScore g : ancestors) {
      if (g == upTo) {
        break;
      }
      codes.add(g.getCode());
    }
    return List.copyOf(codes);
  }

  /** The leaf rows under the group {@code code} (for a merged cell's row span). */
  int leavesUnder(String code) {
    int n = 0;
    for (Row r : rows) {
      if (r.indicator().isPresent() && r.ancestors().contains(code)) {
        n++;
      }
    }
    return n;
  }
}
