package io.github.jixiao.rules.declaration;

import io.github.jixiao.core.DeclaredIndicator;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.TargetDeclaration;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.rules.internal.ReviewWords;
import io.github.jixiao.rules.result.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The finance bureau's review of a target declaration (绩效目标审核, lifecycle.md §1), a finding per
 * problem, in the order of the rows: JX-951 a quantitative row that cannot be measured (no
 * direction, value or unit); JX-952 a 效益 target of words alone (明显, 提升, 加强, 完善, 有效); JX-953
 * a 成本 row written with ≥; JX-954 a category missing (no 数量, 成本 or 满意度 row); JX-955 a rate
 * of quality under 数量; JX-956 a 数量 row that measures money paid or executed; JX-957 the same
 * row under both 产出 and 效益; JX-958 a row with no target at all; and the amounts against the
 * money requested, JX-959 ({@link TargetAmounts}). Warnings, but JX-958, an error: a target
 * that is not there cannot be reviewed at all.
 */
public final class TargetReview {

  /** Words of direction that say nothing measurable. */
  static final List<String> VAGUE = List.of("明显", "提升", "加强", "完善", "有效");


  /** Words of a rate of quality, which belongs under 质量. */
  static final List<String> QUALITY = List.of("合格", "达标", "优良", "验收");


  private TargetReview() {}

  /** Every finding of {@code declaration}. */
  public static List<StageFinding> review(TargetDeclaration declaration) {
    Rows rows = new Rows(declaration);
    List<StageFinding> found = new ArrayList<>();
    Map<String, Integer> outputs = new HashMap<>();
    List<DeclaredIndicator> all = rows.all();
    for (int i = 0; i < all.size(); i++) {
      if (rows.isLeaf(all.get(i)) && rows.under(all.get(i), "产出")) {
        outputs.putIfAbsent(all.get(i).getName(), i);
      }
    }
    for (int i = 0; i < all.size(); i++) {
      DeclaredIndicator row = all.get(i);
      if (rows.isLeaf(row)) {
        leaf(rows, row, "$.indicators[" + i + "]", outputs, found);
      }
    }
    missing(rows, declaration, found);
    TargetAmounts.check(declaration, rows, found);
    return found;
  }

  private static void leaf(Rows rows, DeclaredIndicator row, String at,
      Map<String, Integer> outputs, List<StageFinding> found) {
    Argument name = Argument.text("name", Echo.text(row.getName()));
    if (row.getTarget().isEmpty() && row.getTargetWritten().isEmpty()
        && row.getTargetText().isEmpty()) {
      found.add(finding("JX-958", Severity.ERROR, at, "rules.targets.empty", name));
      return;
    }
    if (row.getKind() == IndicatorKind.QUANTITATIVE) {
      List<String> lacks = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      if (row.getDirection().isEmpty()) {
        lacks.add("direction");
        keys.add("rules.targets.lack.direction");
      }
      if (row.getTarget().isEmpty()) {
        lacks.add("target");
        keys.add("rules.targets.lack.target");
      }
      if (row.getUnit().isEmpty()) {
        lacks.add("unit");
        keys.add("rules.targets.lack.unit");
      }
      if (!lacks.isEmpty()) {
        List<Argument> parts = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
          parts.add(Argument.message(List.of("a", "b", "c").get(k), keys.get(k)));
        }
        String joined = List.of("rules.targets.lacks.1", "rules.targets.lacks.2",
            "rules.targets.lacks.3").get(keys.size() - 1);
        found.add(finding("JX-951", Severity.WARNING, at + "." + lacks.get(0),
            "rules.targets.not-quantifiable", name, Argument.message("lacks",
                Message.of(joined, parts.toArray(Argument[]::new)))));
      }
    }
    Optional<String> words = row.getTargetText().or(row::getTargetWritten)
        .filter(t -> t.codePoints().noneMatch(Character::isDigit));
    if (rows.under(row, "效益") && words.isPresent()) {
      VAGUE.stream().filter(words.get()::contains).findFirst().ifPresent(w -> found.add(
          finding("JX-952", Severity.WARNING, at + ".targetText", "rules.targets.vague", name,
              Argument.text("target", Echo.text(words.get())), Argument.text("word", w))));
    }
    if (rows.belowA(row, "成本") && row.getDirection().filter(d -> d == Direction.AT_LEAST)
        .isPresent() && ReviewWords.SAVINGS.stream().noneMatch(row.getName()::contains)) {
      found.add(finding("JX-953", Severity.WARNING, at + ".direction",
          "rules.targets.cost-at-least", name));
    }
    if (rows.belowA(row, "数量")) {
      QUALITY.stream().filter(row.getName()::contains).findFirst().filter(w ->
          row.getName().endsWith("率")).ifPresent(w -> found.add(finding("JX-955",
              Severity.WARNING, at + ".parentCode", "rules.targets.wrong-group", name,
              Argument.text("word", w))));
      ReviewWords.MONEY.stream().filter(row.getName()::contains).findFirst().ifPresent(w ->
          found.add(
          finding("JX-956", Severity.WARNING, at + ".name", "rules.targets.money-as-quantity",
              name, Argument.text("word", w))));
    }
    if (rows.under(row, "效益") && outputs.containsKey(row.getName())) {
      found.add(finding("JX-957", Severity.WARNING, at + ".name", "rules.targets.twice", name,
          Argument.text("output", "$.indicators[" + outputs.get(row.getName()) + "]")));
    }
  }

  /** JX-954: a project declares 数量, 成本 and 满意度 rows (the national form's categories). */
  private static void missing(Rows rows, TargetDeclaration declaration,
      List<StageFinding> found) {
    for (Map.Entry<String, String> category : List.of(
        Map.entry("数量", "rules.targets.category.quantity"),
        Map.entry("成本", "rules.targets.category.cost"),
        Map.entry("满意", "rules.targets.category.satisfaction"))) {
      boolean there = rows.all().stream().anyMatch(r -> rows.isLeaf(r)
          && (rows.belowA(r, category.getKey()) || r.getName().contains(category.getKey())));
      if (!there) {
        found.add(finding("JX-954", Severity.WARNING, "$.indicators",
            "rules.targets.category-missing", Argument.message("category",
                Message.of(category.getValue()))));
      }
    }
  }

  static StageFinding finding(String code, Severity severity, String path, String key,
      Argument... arguments) {
    return new StageFinding(code, severity, "declaration", path, Message.of(key, arguments));
  }
}
