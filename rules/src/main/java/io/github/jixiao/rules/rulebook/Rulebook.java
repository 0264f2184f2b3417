package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.ByCode;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * A rulebook (评分规则表): the scoring table a self-evaluation is scored under, as plain data — its
 * id, title, the document it comes from (e.g. 财预〔2020〕10号), the years it applies to, its
 * {@link Provenance} (confirmed, or reconstructed and from what), the indicator tree with each
 * indicator's weight and scoring rule (or a {@link DefaultRule} per indicator kind and direction),
 * the {@link GradeScale}, the {@link RoundingPolicy}, how the execution line is scored ({@link
 * ExecutionSettings}), whether a separate deductions column (扣减分数) is taken, the {@link Region}
 * it applies in and the {@link WeightSplit weight splits} it leaves as parameters.
 *
 * <p>Building one validates it and lists every problem, each with its path
 * ({@code $.indicators[3].weight}): codes that repeat, parents that do not exist, weights of
 * children that do not add up to their parent's, roots that do not add up to 100, band tables
 * with a gap or an overlap, deduction caps not above 0 or above a weight, no indicators at all,
 * years outside 2000–2100, an execution line left uncapped but scored by a rule the setting does
 * not reach ({@code $.execution.capped}). What a rule's parameters mean is the rule's business: every rule's own
 * check, built in or a user's, runs when the rulebook is prepared for scoring by the {@code
 * Scorer} that has the rule registered ({@code Scorer.verify} lists the problems); a problem
 * stops scoring, naming it.
 *
 * <pre>{@code
 * Rulebook yueyang = Rulebook.builder()
 *     .id("yueyang-dept").title("岳阳市部门整体支出绩效评价表").source("岳阳市财政局")
 *     .provenance(Provenance.confirmed("published table"))
 *     .addIndicators(RulebookIndicator.builder().code("1").name("在职人员控制率").level(1)
 *         .weight(new BigDecimal("5")).formula(Formulas.STAFF_CONTROL)
 *         .rule(BuiltInRules.threshold(new BigDecimal("100"), new BigDecimal("0.5"))).build())
 *     …
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRulebook.class)
@JsonDeserialize(as = ImmutableRulebook.class)
public interface Rulebook extends WithRulebook {

  /** The id an evaluation names it by, e.g. {@code gz-dept-2021}. */
  @NotBlank
  String getId();

  /** The title, e.g. 项目支出绩效自评表. */
  @NotBlank
  String getTitle();

  /** The document it comes from, e.g. 财预〔2020〕10号. */
  @NotBlank
  String getSource();

  /**
   * The kind of evaluation it scores (部门整体支出 or 项目支出), if only one; empty when it scores
   * both. The scorer refuses to score an evaluation of another kind, unless asked to proceed.
   */
  Optional<EvaluationKind> getEvaluationKind();

  /**
   * The first fiscal year it applies to, if bounded: within 2000–2100, the fiscal years an
   * evaluation can have (a year outside could never apply, so it is refused as a typo).
   */
  Optional<Integer> getFirstYear();

  /** The last fiscal year it applies to, if bounded: within 2000–2100, as the first. */
  Optional<Integer> getLastYear();

  /** Where it comes from, and what it assumes. */
  @Valid
  Provenance getProvenance();

  /**
   * The region it applies in (适用地区), by which {@code Rulebooks.forEvaluation} chooses it for an
   * evaluation that names no rulebook; empty when it applies nowhere by itself (a vendor's
   * defaults, a form whose city is not known): such a rulebook is used only when named.
   */
  Optional<@Valid Region> getRegion();

  /**
   * The weight splits it leaves as parameters (权重划分参数): sibling indicators whose shares
   * were not published, set by {@link #withSplit}.
   */
  List<@Valid WeightSplit> getSplits();

  /** The indicator tree, parents before their children, in the table's order; never empty. */
  List<RulebookIndicator> getIndicators();

  /** Rules for indicators that name none, by kind and direction. */
  List<DefaultRule> getDefaultRules();

  /** The grade scale; the central standard unless said otherwise. */
  @Value.Default
  default GradeScale getGradeScale() {
    return GradeScale.central();
  }

  /** How points are rounded; two decimals, half up, unless said otherwise. */
  @Value.Default
  default RoundingPolicy getRounding() {
    return RoundingPolicy.standard();
  }

  /**
   * How the execution line (预算执行率) is scored: capped at its weight or not, and against which
   * base; capped, against the full-year budget, unless said otherwise ({@link
   * ExecutionSettings#standard()}).
   */
  @Value.Default
  @Valid
  default ExecutionSettings getExecution() {
    return ExecutionSettings.standard();
  }

  /**
   * 扣减分数列: whether an entry's separate deductions column ({@code
   * IndicatorEntry.getDeduction()}) is taken off its indicator; not unless said otherwise. The
   * vendor import sheet for project self-evaluation has it (formats.md table F: column 9 指标得分
   * "不包含扣减分数", column 10 扣减分数; rulebooks.md, "Vendor default sub-weights": "a separate
   * 扣减分数 column subtracted from the indicator's score, floored at 0").
   *
   * <p>When true, the 扣减分数 is subtracted from the points the indicator's rule gave, after the
   * deductions listed against it ({@code SelfEvaluation.getDeductions()}) and under the same cap
   * ({@link RulebookIndicator#getDeductionCap()}), floored at 0, and the explanation shows it; the
   * entry's claimed score (指标得分) is then the score before the column, so the card's claim is
   * that score less the 扣减分数, floored at 0 ({@link #netClaim}). When false, a 扣减分数 is not
   * taken, and the card carries a note naming its indicator rather than ignoring it silently.
   */
  @Value.Default
  default boolean isDeductionsColumn() {
    return false;
  }

  /**
   * 超计划完成的提示倍数: a quantitative indicator of direction ≥ or = whose actual reaches this
   * many times its target is flagged as over-achieved (JX-209: the target was probably set too
   * low, and the score may be reduced, 适度调减). 1.2 unless said otherwise, the vendor systems'
   * entry check; one province uses 1.3 and then requires an explanation (lifecycle.md §3). Above
   * 1, at most 10, at most 2 decimals.
   */
  @Value.Default
  default BigDecimal getOverAchievementRatio() {
    return DEFAULT_OVER_ACHIEVEMENT_RATIO;
  }

  /**
   * 绩效运行监控设置: how a mid-year monitoring report is lit under this rulebook — the thresholds
   * of the ratio to time progress and the progress curve; the vendor system's (60 / 80 / 120,
   * linear) unless said otherwise ({@link MonitoringSettings#standard()}).
   */
  @Value.Default
  @Valid
  default MonitoringSettings getMonitoring() {
    return MonitoringSettings.standard();
  }

  /** The over-achievement ratio of a rulebook that names none, and of checks run without one. */
  BigDecimal DEFAULT_OVER_ACHIEVEMENT_RATIO = new BigDecimal("1.2");

  /**
   * 默认成本指标的分值上限: the most points a 成本 leaf left at its default — no target set, as a
   * system fills in when the unit declared no cost indicator — may claim (JX-213). One province
   * caps it at 5 (lifecycle.md §3; which province and its document are not recorded: a
   * reconstruction). Empty, the usual case: no cap. At least 0, at most 100, at most 2 decimals.
   */
  Optional<BigDecimal> getDefaultCostCap();

  /**
   * The points the unit claims for an indicator in the end (自评得分): the entry's claimed score,
   * less its 扣减分数 (floored at 0: the column takes at most what was claimed) when this
   * rulebook subtracts the column ({@link #isDeductionsColumn()}); as claimed otherwise. Empty
   * when the entry claims none. The checks that compare claims with the rules' points or with a
   * claimed total compare this.
   */
  default Optional<BigDecimal> netClaim(IndicatorEntry entry) {
    Optional<BigDecimal> claimed = entry.getClaimedScore();
    if (claimed.isEmpty() || !isDeductionsColumn() || entry.getDeduction().isEmpty()) {
      return claimed;
    }
    // The column takes at most what was claimed (扣完为止); a claim below 0 is left as it is.
    BigDecimal taken = entry.getDeduction().get().min(claimed.get().max(BigDecimal.ZERO));
    return Optional.of(claimed.get().subtract(taken));
  }

  /**
   * This rulebook with the weight split {@code id} set to {@code weights}, one per code of the
   * split, in its order: {@code Rulebooks.guangzhouDepartment2021().withSplit("duty-management",
   * List.of(new BigDecimal("60"), new BigDecimal("40")))} gives 履职效能 60 and 管理效率 40, each
   * one's indicators scaled by the same ratio (资金管理 20 → 16, 采购管理 6 → 4.8). Weights keep
   * two decimals, rounded half up, the last child of a group taking what is left.
   *
   * @throws InvalidValueException if no split has that id (the ids are named), or the weights
   *     are not one per code, each above 0, adding up to what the split's weights add up to
   */
  default Rulebook withSplit(String id, List<BigDecimal> weights) {
    return WeightSplits.apply(this, id, weights);
  }

  /** Whether it applies to fiscal year {@code year}. */
  default boolean appliesTo(int year) {
    return getFirstYear().map(first -> year >= first).orElse(true)
        && getLastYear().map(last -> year <= last).orElse(true);
  }

  /**
   * The years it applies to, in words: 2021 年度, 2020 年起, 至 2020 年, 2013–2020 年, 不限年度
   * (2021, from 2020, until 2020, 2013–2020, any year).
   */
  default Message describeYears() {
    Optional<Integer> first = getFirstYear();
    Optional<Integer> last = getLastYear();
    if (first.isPresent() && last.isPresent()) {
      return first.get().equals(last.get())
          ? Message.of("rules.years.one", Argument.number("first", first.get()))
          : Message.of("rules.years.range", Argument.number("first", first.get()),
              Argument.number("last", last.get()));
    }
    return first.map(f -> Message.of("rules.years.from", Argument.number("first", f)))
        .or(() -> last.map(l -> Message.of("rules.years.until", Argument.number("last", l))))
        .orElse(Message.of("rules.years.any"));
  }

  /** Complete (every indicator and weight fixed) or open (some come from each evaluation). */
  default TreeKind treeKind() {
    for (RulebookIndicator indicator : getIndicators()) {
      if (indicator.isOpen() || indicator.getWeight().isEmpty()) {
        return TreeKind.OPEN;
      }
    }
    return TreeKind.COMPLETE;
  }

  /** The indicator with {@code code}, if any. */
  default Optional<RulebookIndicator> indicator(String code) {
    return getIndicators().stream().filter(i -> i.getCode().equals(code)).findFirst();
  }

  /**
   * This rulebook with the indicator {@code code} changed, in one call: {@code
   * book.withIndicator("2.1.1", i -> i.withRule(BuiltInRules.threshold(…)))}. The result is
   * validated as a built rulebook is: a weight changed alone no longer adds up with its siblings
   * and is refused; change the weights together with {@link #withIndicators(Map)}.
   *
   * @throws InvalidValueException if no indicator has that code (the codes are named), or the
   *     changed rulebook is invalid
   */
  default Rulebook withIndicator(String code, UnaryOperator<RulebookIndicator> change) {
    return withIndicators(ByCode.changed(getIndicators(), RulebookIndicator::getCode, code,
        change, "Rulebook", "indicators"));
  }

  /**
   * This rulebook with several indicators changed together, by code, in one call, so that
   * weights can move between siblings and still add up:
   *
   * <pre>{@code
   * Rulebook ours = Rulebooks.guangzhouDepartment2021().withIndicators(Map.of(
   *     "2.1.1", i -> i.withWeight(new BigDecimal("12")),    // 预算完成率 10 → 12
   *     "2.1.3", i -> i.withWeight(new BigDecimal("3"))));   // 资金使用合规性 5 → 3
   * }</pre>
   *
   * @throws InvalidValueException if a code names no indicator (the codes are named), or the
   *     changed rulebook is invalid
   */
  default Rulebook withIndicators(Map<String, UnaryOperator<RulebookIndicator>> changes) {
    return withIndicators(ByCode.changed(getIndicators(), RulebookIndicator::getCode, changes,
        "Rulebook", "indicators"));
  }

  /** A new builder; {@code builder().from(book)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rulebook}; {@code build()} throws, listing every problem. */
  final class Builder extends ImmutableRulebook.Builder {}

  /** Checks the tree, the weights, the rules' parameters and the years. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Rulebook", v -> {
      RulebookChecks.check(this, v);
      WeightSplits.check(this, v);
    });
  }
}
