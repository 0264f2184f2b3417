package io.github.jixiao.rules.explanation;

import io.github.jixiao.rules.internal.Echo;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The templates of the built-in explanation (得分说明) keys, in Chinese and English, and their rendering.
 * Rendering happens only when an explanation is asked for, never while scoring.
 */
final class Messages {

  /**
   * The most characters of one text argument a rendering shows: a user's rule may put any text
   * in an argument; the built-in ones are bounded when made (a name to {@link Echo#MAX_PHRASE}, a
   * list to {@link Listing#SHOWN} items) and stay below it.
   */
  public static final int MAX_ARGUMENT = 1_200;

  private static final Map<String, String[]> TEMPLATES = new HashMap<>();

  static {
    put("missing.actual", "{name} 未提供实际完成值，无法按规则计分，得 0 分",
        "{name}: no actual value was given, so the rule cannot score it; 0 points");
    put("missing.target", "{name} 没有目标值，无法按规则计分，得 0 分",
        "{name}: no target was given, so the rule cannot score it; 0 points");
    put("missing.level", "{name} 未填报完成程度（达成、部分达成或未达成），得 0 分",
        "{name}: no level reached (达成, 部分达成 or 未达成) was given; 0 points");
    put("not-applicable.formula", "{name} 的计算公式 {formula} 分母为 0，指标不适用",
        "{name}: the denominator of formula {formula} is 0, so the indicator does not apply");
    put("proportional.met", "{name} {actual}{unit} ≥ {target}{unit}，得满分 {weight}",
        "{name} {actual}{unit} ≥ {target}{unit}: full points, {weight}");
    put("proportional.below.percent", "{name} {actual}% < 100%，得分 = {weight} × {actual}% = {points}",
        "{name} {actual}% < 100%, points = {weight} × {actual}% = {points}");
    put("proportional.below",
        "{name} {actual}{unit} < {target}{unit}，得分 = {weight} × {actual} ÷ {target} = {points}",
        "{name} {actual}{unit} < {target}{unit}, points = {weight} × {actual} ÷ {target} = {points}");
    put("target.not-positive", "{name} 的目标值 {target} 不大于 0，无法按比例计分，得 0 分；目标为 0 时改用“等于”规则",
        "{name}: the target {target} is not above 0, so no ratio can be taken; 0 points (use the"
            + " equal rule for a target of 0)");
    put("target.negative", "{name} 的目标值 {target} 小于 0，无法计分，得 0 分",
        "{name}: the target {target} is below 0, so the rule cannot score it; 0 points");
    put("reverse.met", "{name} {actual}{unit} ≤ {target}{unit}，得满分 {weight}",
        "{name} {actual}{unit} ≤ {target}{unit}: full points, {weight}");
    put("reverse-ratio.over",
        "{name} {actual}{unit} > {target}{unit}，得分 = {weight} × {target} ÷ {actual} = {points}",
        "{name} {actual}{unit} > {target}{unit}, points = {weight} × {target} ÷ {actual} = {points}");
    put("reverse-linear.over", "{name} {actual}{unit} > {target}{unit}，得分 = {weight} × (2 × {target}"
        + " − {actual}) ÷ {target} = {points}", "{name} {actual}{unit} > {target}{unit}, points ="
        + " {weight} × (2 × {target} − {actual}) ÷ {target} = {points}");
    put("reverse-linear.zero", "{name} {actual}{unit} ≥ 2 × {target}{unit}，得 0 分",
        "{name} {actual}{unit} ≥ 2 × {target}{unit}: 0 points");
    put("equal.zero.met", "{name} {actual}{unit} ≤ 0，达到目标 0，得满分 {weight}",
        "{name} {actual}{unit} ≤ 0 meets the target 0: full points, {weight}");
    put("equal.zero.missed", "{name} {actual}{unit} > 0，未达到目标 0，得 0 分",
        "{name} {actual}{unit} > 0 misses the target 0: 0 points");
    put("qualitative.chosen", "{name} {level}（档次 [{low}, {high}{close}），采用自评分 {points}",
        "{name} {level} (band [{low}, {high}{close}): the unit's {points} points are accepted");
    put("qualitative.pick", "{name} {level}（档次 [{low}, {high}{close}），未填自评分，按档次{end}计 {points}",
        "{name} {level} (band [{low}, {high}{close}): no points chosen, scored at the band's {end},"
            + " {points}");
    put("qualitative.refused", "{name} {level}：自评分 {chosen} 不在档次 [{low}, {high}{close} 内，不予采用，"
        + "按档次{end}计 {points}", "{name} {level}: the unit's {chosen} points lie outside the band"
        + " [{low}, {high}{close} and are refused; scored at the band's {end}, {points}");
    put("bands.in", "{name} {actual}{unit} 属于档次 {open}{from}, {to}{close}，得 {points}",
        "{name} {actual}{unit} lies in the band {open}{from}, {to}{close}: {points} points");
    put("bands.above-weight", "{name} {actual}{unit} 属于档次 {open}{from}, {to}{close}，但档次得分超过分值，"
        + "按分值 {weight} 计", "{name} {actual}{unit} lies in the band {open}{from}, {to}{close},"
        + " whose points exceed the weight; scored at the weight, {weight}");
    put("bands.outside", "{name} {actual}{unit} 不在档次表的任何档次内，不予计分，得 0 分；请补全档次表",
        "{name} {actual}{unit} lies in no band of the table; 0 points — complete the band table");
    put("threshold.within", "{name} {actual}{unit} {relation} 标准 {standard}{unit}，得满分 {weight}",
        "{name} {actual}{unit} {relation} the standard {standard}{unit}: full points, {weight}");
    put("threshold.beyond", "{name} {actual}{unit} 超出标准 {standard}{unit} {beyond} 个百分点（{fraction}计"
        + " {counted}），得分 = {weight} − {step} × {counted} = {points}", "{name} {actual}{unit} is"
        + " {beyond} percentage points beyond the standard {standard}{unit} (counted {fraction}:"
        + " {counted}), points = {weight} − {step} × {counted} = {points}");
    put("threshold.beyond.floor", "{name} {actual}{unit} 超出标准 {standard}{unit} {beyond} 个百分点（{fraction}计"
        + " {counted}），应扣 {step} × {counted} = {loss} 分，扣完为止，得 0 分", "{name}"
        + " {actual}{unit} is {beyond} percentage points beyond the standard {standard}{unit}"
        + " (counted {fraction}: {counted}); {step} × {counted} = {loss} points off, floored at 0");
    put("checklist.add", "{name} 满足 {met}/{items} 项，得分 = {perItem} × {met} = {points}（不超过分值 {weight}）",
        "{name} meets {met} of {items} items, points = {perItem} × {met} = {points} (at most the"
            + " weight, {weight})");
    put("checklist.deduct", "{name} 未满足 {missed}/{items} 项，得分 = {weight} − {perItem} × {missed} = {points}"
        + "（扣完为止）", "{name} misses {missed} of {items} items, points = {weight} − {perItem} ×"
        + " {missed} = {points} (floored at 0)");
    put("checklist.refused", "{name} 满足项数 {actual} 不是 0 至 {items} 之间的整数，不予采用，按 {met} 项计 {points}",
        "{name}: {actual} items met is not a whole number from 0 to {items} and is refused;"
            + " counted as {met}, {points} points");
    put("deduction.full", "{name} 按发现问题扣分，起评 {weight} 分",
        "{name} is scored by findings, starting from {weight}");
    put("milestones.missed", "{name} 未按期完成节点 {missed} 个，得分 = {weight} − {perMissed} × {missed} = {points}"
        + "（扣完为止）", "{name} missed {missed} milestones, points = {weight} − {perMissed} ×"
        + " {missed} = {points} (floored at 0)");
    put("milestones.refused", "{name} 未完成节点数 {missed} 小于 0，不予采用，按 0 个计，得满分 {weight}",
        "{name}: {missed} milestones missed is below 0 and is refused; counted as none, full"
            + " points, {weight}");
    put("milestones.fraction", "{name} 未完成节点数 {missed} 不是整数，不予采用，未完全达到的节点计为未完成，按 {counted} 个计，"
        + "得分 = {weight} − {perMissed} × {counted} = {points}（扣完为止）", "{name}: {missed}"
        + " milestones missed is not a whole number and is refused; a milestone partly missed is"
        + " missed, so counted as {counted}, points = {weight} − {perMissed} × {counted} ="
        + " {points} (floored at 0)");
    put("deductions.taken", "扣分 {taken}（{reasons}），得分 = {before} − {taken} = {points}",
        "{taken} points deducted ({reasons}), points = {before} − {taken} = {points}");
    put("deductions.capped", "扣分合计 {listed}，按上限扣 {taken}（{reasons}），得分 = {before} − {taken} = {points}",
        "{listed} points of deductions, {taken} taken up to the limit ({reasons}), points ="
            + " {before} − {taken} = {points}");
    put("note.rulebook-year", "规则表 {rulebook} 不适用于 {year} 年度，仍按其评分",
        "rulebook {rulebook} does not apply to fiscal year {year}; scored under it all the same");
    put("note.rulebook-kind", "评分办法 {rulebook} 适用于{rulebookKind}绩效自评，本自评为{kind}，应调用方要求仍按其评分，得分仅供参考",
        "rulebook {rulebook} is for {rulebookKindEn} evaluations ({rulebookKind}) and this one is"
            + " {kindEn} ({kind}); scored under it as the caller asked, for reference only");
    put("note.redistributed", "{name}（{weight} 分）在自评表中没有指标，其分值按权重比例转入 {targets}",
        "{name} ({weight} points) has no indicator in the evaluation's table; its weight moves to"
            + " {targets} in proportion to their weights");
    put("note.redistributed-by-table",
        "{name}（{weight} 分）在自评表中没有指标，自评表已将其分值转入 {targets}，按自评表计分",
        "{name} ({weight} points) has no indicator in the evaluation's table, whose own weights"
            + " already carry it: {targets}; scored as the table gives them");
    put("note.scaled", "{name} 的下级指标分值合计 {sum}，其分值含转入为 {weight}：各下级指标的分值和得分乘以"
        + " {weight} ÷ {sum} = {factor}",
        "the children of {name} weigh {sum} in all and its weight with the moved points is"
            + " {weight}: every child's weight and points are multiplied by {weight} ÷ {sum} ="
            + " {factor}");
    put("note.ambiguous-match", "规则表指标 {code} {name} 在自评表中按名称可对应多个指标（{candidates}），未予对应",
        "rulebook indicator {code} {name} matches more than one of the table's indicators by name"
            + " ({candidates}); none is taken");
    put("note.typed-actual", "{code} {name} 的计算公式 {formula} 缺少数据，按自评表填报的实际值 {actual} 计分",
        "{code} {name}: the data of formula {formula} are missing; scored with the actual typed in"
            + " the table, {actual}");
    put("note.group-not-applicable", "{name}（{weight} 分）在自评表中没有指标，不适用",
        "{name} ({weight} points) has no indicator in the evaluation's table and does not apply");
    put("note.weight-mismatch", "{name} 的下级指标分值合计 {sum}，不等于其分值 {weight}",
        "the children of {name} weigh {sum} in all, not its weight {weight}");
    put("note.table-weight-differs", "自评表中 {name} 的分值 {tableWeight} 与规则表的 {weight} 不同，按规则表计分",
        "the evaluation's table gives {name} a weight of {tableWeight}, the rulebook {weight};"
            + " scored with the rulebook's");
    put("note.unscored-indicator", "自评表中的指标 {code} {name} 不在规则表 {rulebook} 的指标体系内，未计分",
        "indicator {code} {name} of the evaluation's table is not part of rulebook {rulebook}; not"
            + " scored");
    put("note.unscored-deduction", "对 {code} 的扣分 {points}（{reason}）不是对末级指标的扣分，未计入",
        "the deduction of {points} from {code} ({reason}) is not on a scored indicator; not taken");
    put("note.slow-rule", "评分方法 {rule} 为指标 {code} 评分用时 {millis} 毫秒，超过 {limit} 毫秒：请检查该评分方法",
        "scoring rule {rule} took {millis} ms on indicator {code}, more than {limit} ms: look into"
            + " the rule");
    put("note.rescaled", "有指标不适用：适用分值 {applicable}，得分合计 {sum}，按 {maximum} 分制折算为 {total}",
        "some indicators do not apply: of {applicable} applicable points {sum} were earned,"
            + " rescaled to {maximum}: {total}");
  }

  private Messages() {}

  private static void put(String key, String zh, String en) {
    TEMPLATES.put(key, new String[] {zh, en});
  }

  /** Whether {@code key} has built-in templates. */
  public static boolean isBuiltIn(String key) {
    return TEMPLATES.containsKey(key);
  }

  /** {@code explanation} in {@code locale}'s language: Chinese for zh, English otherwise. */
  public static String render(Explanation explanation, Locale locale) {
    boolean english = !"zh".equals(locale.getLanguage());
    // A user's template, like the key, may come from a score card read back: bounded too.
    String template = explanation.getTemplates().get(english ? "en" : "zh");
    if (template != null) {
      template = Echo.text(template, MAX_ARGUMENT);
    } else {
      String[] builtIn = TEMPLATES.get(explanation.getKey());
      template = builtIn == null ? null : builtIn[english ? 1 : 0];
    }
    if (template == null) {
      StringBuilder raw = new StringBuilder(Echo.text(explanation.getKey()));
      for (Argument a : explanation.getArguments()) {
        raw.append(' ').append(Echo.text(a.getName())).append('=').append(shown(a, english));
      }
      return raw.toString();
    }
    return fill(template, explanation, english);
  }

  private static String fill(String template, Explanation explanation, boolean english) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, i, template.length());
        break;
      }
      out.append(template, i, open);
      String name = template.substring(open + 1, close);
      Argument found = null;
      for (Argument a : explanation.getArguments()) {
        if (a.getName().equals(name)) {
          found = a;
          break;
        }
      }
      out.append(found == null ? "{" + name + "}" : shown(found, english));
      i = close + 1;
    }
    return out.toString();
  }

  // Numbers are shown as they are (their scale is bounded where they are made); texts through
  // the one bounded, control-escaping echo.
  private static String shown(Argument argument, boolean english) {
    String shown = argument.shown(english);
    return argument.getNumber().isPresent() ? shown : Echo.text(shown, MAX_ARGUMENT);
  }
}
