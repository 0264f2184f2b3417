package io.github.jixiao.excel.layout;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.SelfEvaluation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indicators of the self-evaluation a workpaper reviews, found by the names a workpaper row
 * gives them (指标匹配): its 三级 name — or, where the 三级 cell is blank, its 二级 name, for a tree
 * whose leaves are at level 2 — exactly as written after trimming, under the 一级 and 二级 names the
 * row gives (each among the indicator's groups, "(50分)" and spaces aside; a blank one is no
 * condition). A leaf the importer named "二级：三级" (the 二级 folded into it) is found by its two
 * names too. A row matching a group rather than a leaf is a group's row.
 */
final class IndicatorIndex {

  private record Node(Indicator indicator, Set<String> groups, boolean leaf) {}

  /** What a row's names find: the leaves, else the groups, of those names. */
  record Match(List<Indicator> leaves, List<Indicator> groups) {}

  private final Map<String, List<Node>> byName = new HashMap<>();
  private final Map<String, List<Node>> byFolded = new HashMap<>();

  IndicatorIndex(SelfEvaluation evaluation) {
    Map<String, Indicator> byCode = new HashMap<>();
    Set<String> parents = new HashSet<>();
    for (Indicator i : evaluation.getIndicators()) {
      byCode.put(i.getCode(), i);
      i.getParentCode().ifPresent(parents::add);
    }
    for (Indicator i : evaluation.getIndicators()) {
      Set<String> groups = new HashSet<>();
      Set<String> seen = new HashSet<>();
      for (String p = i.getParentCode().orElse(null); p != null && seen.add(p);
          p = byCode.containsKey(p) ? byCode.get(p).getParentCode().orElse(null) : null) {
        if (byCode.containsKey(p)) {
          groups.add(group(byCode.get(p).getName()));
        }
      }
      Node node = new Node(i, groups, !parents.contains(i.getCode()));
      String name = i.getName().trim();
      byName.computeIfAbsent(name, k -> new ArrayList<>()).add(node);
      int fold = name.indexOf('：');
      if (node.leaf() && fold > 0) {
        byFolded.computeIfAbsent(name.substring(fold + 1).trim(), k -> new ArrayList<>())
            .add(new Node(i, with(groups, name.substring(0, fold)), true));
      }
    }
  }

  /** A group's name as compared: spaces, full-width forms and "(50分)" aside. */
  static String group(String name) {
    return Labels.withoutPoints(Labels.normal(name));
  }

  private static Set<String> with(Set<String> groups, String folded) {
    Set<String> more = new HashSet<>(groups);
    more.add(group(folded));
    return more;
  }

  /** The indicators a row of {@code level1}, {@code level2} and {@code level3} names. */
  Match find(String level1, String level2, String level3) {
    String name = (level3.isBlank() ? level2 : level3).trim();
    String under2 = level3.isBlank() ? "" : group(level2);
    String under1 = group(level1);
    List<Indicator> leaves = new ArrayList<>();
    List<Indicator> groups = new ArrayList<>();
    List<Node> candidates = new ArrayList<>(byName.getOrDefault(name, List.of()));
    candidates.addAll(byFolded.getOrDefault(name, List.of()));
    for (Node n : candidates) {
      boolean under = (under1.isEmpty() || n.groups().contains(under1))
          && (under2.isEmpty() || n.groups().contains(under2));
      if (under && !leaves.contains(n.indicator()) && !groups.contains(n.indicator())) {
        (n.leaf() ? leaves : groups).add(n.indicator());
      }
    }
    return new Match(leaves, groups);
  }
}
