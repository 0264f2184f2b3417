package io.github.jixiao.excel.layout;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.Operator;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation's own indicator table built from a sheet's rows (自评表指标树): the execution line
 * as indicator "1"; the 一级 groups (names as printed, "(50分)" stripped), 二级 groups and leaves
 * coded "T2", "T2.1", "T2.1.1" — prefixed T so that no code binds to a rulebook node by accident;
 * the scorer binds them by name. Where the layout's rulebook has one group over the table (绩效指标
 * 90, 年度绩效目标 80), that group is "T2" and the table moves under it; the 二级 level, one too
 * many for core's three, is folded into the leaf's name ("数量指标：抽检样本"), with a note.
 */
final class TableTree {

  private static final Map<String, String> LEVEL1_OF = Map.of("数量", "产出指标", "质量", "产出指标",
      "时效", "产出指标", "成本", "产出指标", "经济", "效益指标", "社会", "效益指标", "生态", "效益指标",
      "可持续", "效益指标", "满意度", "满意度指标", "服务对象", "满意度指标");

  private final SheetContext sheet;
  final List<Indicator> indicators = new ArrayList<>();
  final List<IndicatorEntry> entries = new ArrayList<>();

  private TableTree(SheetContext sheet) {
    this.sheet = sheet;
  }

  /** One leaf's group by its 一级 (and 二级) label, in the table's order. */
  private record Group(String label, String cell, List<Sub> subs) {}

  private record Sub(String label, String cell, List<Leaf> leaves) {}

  static TableTree build(SheetContext sheet, MoneyBlock money, IndicatorBlock block) {
    TableTree tree = new TableTree(sheet);
    tree.execution(money);
    List<Group> groups = tree.groups(block);
    LayoutKind layout = sheet.layout();
    if (layout.wrapper == null) {
      int g = 2;
      for (Group group : groups) {
        tree.group("T" + g++, null, 1, group, false);
      }
    } else {
      int at = tree.indicators.size();
      tree.indicators.add(null); // the wrapper, once its weight is known
      List<Leaf> all = new ArrayList<>();
      int g = 1;
      for (Group group : groups) {
        if (group.label() == null) {
          group.subs().forEach(s -> s.leaves().forEach(all::add));
          tree.leaves("T2", 2, group.subs(), false);
        } else {
          tree.group("T2." + g++, "T2", 2, group, true);
          group.subs().forEach(s -> s.leaves().forEach(all::add));
        }
      }
      tree.indicators.set(at, tree.wrapper(at, all));
    }
    return tree;
  }

  private void execution(MoneyBlock money) {
    if (money.weight().isEmpty()) {
      return;
    }
    indicators.add(Indicator.builder().code("1").name("预算执行率").level(1)
        .weight(money.weight().get()).kind(IndicatorKind.QUANTITATIVE)
        .direction(Direction.AT_LEAST).operator(Operator.AT_LEAST).target(new BigDecimal("100"))
        .unit("%").formula("execution-rate").build());
    sheet.record().cell("$.indicators[0]", money.weightCell());
    sheet.record().cell("$.indicators[0].weight", money.weightCell());
    money.score().ifPresent(s -> {
      entries.add(IndicatorEntry.builder().indicatorCode("1").claimedScore(s).build());
      sheet.record().cell("$.entries[0]", money.scoreCell());
      sheet.record().cell("$.entries[0].claimedScore", money.scoreCell());
    });
  }

  /** The rows grouped by 一级 and 二级 label (consecutive rows of one label, as merged). */
  private List<Group> groups(IndicatorBlock block) {
    Columns cols = block.columns();
    Grid grid = sheet.grid();
    List<Group> groups = new ArrayList<>();
    Group group = null;
    Sub sub = null;
    for (int r : block.rows()) {
      Leaf leaf = Leaf.read(sheet, cols, r);
      String l1 = cols.has(Role.LEVEL1) ? grid.label(r, cols.of(Role.LEVEL1)) : null;
      String l2 = cols.has(Role.LEVEL2) ? grid.label(r, cols.of(Role.LEVEL2)) : "";
      if (group == null || !java.util.Objects.equals(group.label(), l1)) {
        group = new Group(l1, l1 == null ? null : grid.address(r, cols.of(Role.LEVEL1)),
            new ArrayList<>());
        groups.add(group);
        sub = null;
      }
      if (sub == null || !sub.label().equals(l2)) {
        sub = new Sub(l2, l2.isEmpty() ? null : grid.address(r, cols.of(Role.LEVEL2)),
            new ArrayList<>());
        group.subs().add(sub);
      }
      sub.leaves().add(leaf);
    }
    return groups;
  }

  private void group(String code, String parent, int level, Group group, boolean fold) {
    String name = Labels.withoutPoints(group.label());
    if (name.isEmpty()) {
      name = inferred(group);
    }
    BigDecimal sum = sum(group.subs().stream().flatMap(s -> s.leaves().stream()).toList());
    Optional<String> points = Labels.points(group.label());
    BigDecimal weight = points.map(BigDecimal::new).orElse(sum);
    if (points.isEmpty()) {
      sheet.record().note(group.cell(), Message.of("excel.layout.note.group-sum",
          Argument.text("name", Echo.text(name)), Argument.number("weight", sum)));
    }
    int i = indicators.size();
    indicators.add(groupIndicator(code, name, parent, level, weight));
    sheet.record().cell("$.indicators[" + i + "]", group.cell());
    sheet.record().cell("$.indicators[" + i + "].weight", group.cell());
    leaves(code, level + 1, group.subs(), fold);
  }

  private void leaves(String parent, int level, List<Sub> subs, boolean fold) {
    int k = 1;
    for (Sub sub : subs) {
      String leafParent = parent;
      int leafLevel = level;
      if (!sub.label().isEmpty() && !fold && level < 3) {
        leafParent = parent + "." + k++;
        BigDecimal weight = sum(sub.leaves());
        int i = indicators.size();
        indicators.add(groupIndicator(leafParent, sub.label(), parent, level, weight));
        sheet.record().cell("$.indicators[" + i + "]", sub.cell());
        sheet.record().note(sub.cell(), Message.of("excel.layout.note.level2-sum",
            Argument.text("name", Echo.text(sub.label())), Argument.number("weight", weight)));
        leafLevel = level + 1;
      } else if (!sub.label().isEmpty()) {
        sheet.record().note(sub.cell(), Message.of("excel.layout.note.level2-folded",
            Argument.text("name", Echo.text(sub.label()))));
      }
      int n = 1;
      for (Leaf leaf : sub.leaves()) {
        String code = leafParent.equals(parent) ? parent + "." + k++ : leafParent + "." + n++;
        String prefix = sub.label().isEmpty() || !leafParent.equals(parent) ? null : sub.label();
        int i = indicators.size();
        indicators.add(leaf.indicator(code, leafLevel, leafParent, prefix));
        Optional<IndicatorEntry> entry = leaf.entry(code);
        entry.ifPresent(entries::add);
        leaf.record(sheet.record(), i, entry.isPresent() ? entries.size() - 1 : -1,
            sheet.grid().address(leaf.row, 0));
      }
    }
  }

  private Indicator wrapper(int at, List<Leaf> leaves) {
    String name = sheet.layout().wrapper;
    Grid grid = sheet.grid();
    for (int r = 0; r < grid.rows(); r++) {
      for (int c = 0; c < grid.columns(r); c++) {
        String label = grid.label(r, c);
        if (label.startsWith(name) && Labels.points(label).isPresent()) {
          sheet.record().cell("$.indicators[" + at + "]", grid.address(r, c));
          sheet.record().cell("$.indicators[" + at + "].weight", grid.address(r, c));
          return groupIndicator("T2", name, null, 1, new BigDecimal(Labels.points(label).get()));
        }
      }
    }
    BigDecimal sum = sum(leaves);
    sheet.record().note(null, Message.of("excel.layout.note.group-sum",
        Argument.text("name", Echo.text(name)), Argument.number("weight", sum)));
    return groupIndicator("T2", name, null, 1, sum);
  }

  private String inferred(Group group) {
    String l2 = group.subs().get(0).label();
    for (Map.Entry<String, String> e : LEVEL1_OF.entrySet()) {
      if (l2.startsWith(e.getKey())) {
        sheet.record().note(group.cell(), Message.of("excel.layout.note.level1-inferred",
            Argument.text("written", Echo.text(group.label())),
            Argument.text("name", Echo.text(e.getValue()))));
        return e.getValue();
      }
    }
    throw sheet.error(group.cell(), "excel.layout.no-level1-name",
        Argument.text("written", Echo.text(group.label())));
  }

  private static Indicator groupIndicator(String code, String name, String parent, int level,
      BigDecimal weight) {
    Indicator.Builder b = Indicator.builder().code(code).name(name).level(level).weight(weight)
        .kind(IndicatorKind.QUALITATIVE);
    if (parent != null) {
      b.parentCode(parent);
    }
    return b.build();
  }

  private static BigDecimal sum(List<Leaf> leaves) {
    return leaves.stream().map(l -> l.weight).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
