package io.github.jixiao.rules.words;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import io.github.jixiao.rules.rulebook.TreeKind;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A whole rulebook in words (评分办法说明), made by {@link RulebookWords}: its id, title and source,
 * the evaluations and years it applies to, its provenance, the indicator tree in order — each
 * parent before its children, as {@code jixiao rulebook show} prints it — with each leaf's rule in
 * words, the grade scale ("优 90–100，良 80–&lt;90，中 60–&lt;80，差 &lt;60"), the settings (the execution
 * line, rounding, deductions) and the default rules by kind and direction. Locale-free: every text
 * is a {@link Message}, rendered only when asked.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRulebookDescription.class)
@JsonDeserialize(as = ImmutableRulebookDescription.class)
public interface RulebookDescription extends WithRulebookDescription {

  /** The rulebook's id, e.g. {@code gz-dept-2021}. */
  String getId();

  /** The title, as the rulebook says. */
  String getTitle();

  /** The document it comes from, as the rulebook says. */
  String getSource();

  /** The kind of evaluation it scores, if only one. */
  Optional<EvaluationKind> getEvaluationKind();

  /** The kinds of evaluation in words: "部门整体支出绩效自评", or both kinds. */
  Message getKindWords();

  /** The first fiscal year it applies to, if bounded. */
  Optional<Integer> getFirstYear();

  /** The last fiscal year it applies to, if bounded. */
  Optional<Integer> getLastYear();

  /** The years in words: "2021 年度", "2020 年度起", "不限年度". */
  Message getYearsWords();

  /** Complete, or open (some indicators or weights come from each evaluation's table). */
  TreeKind getTreeKind();

  /** Where it comes from, and what it assumes. */
  ProvenanceWords getProvenance();

  /**
   * The region it applies in, in words (广东省广州市, 全国), or, for a rulebook without one, that
   * it is used only when named.
   */
  Message getRegionWords();

  /** Each weight split it leaves as a parameter, in words, with the other known advice. */
  List<Message> getSplits();

  /** The tree, each parent before its children, siblings in the rulebook's order. */
  List<IndicatorWords> getIndicators();

  /** The grade scale in words, best grade first. */
  Message getGradeScale();

  /** The settings in words: the execution line, rounding, deductions, the deductions column. */
  List<Message> getSettings();

  /**
   * The rule a leaf that names none is scored by, for each kind and direction: the rulebook's
   * default, or the built-in one where it lists none.
   */
  List<Message> getDefaultRules();

  /** The node with {@code code}, if any. */
  default Optional<IndicatorWords> indicator(String code) {
    return getIndicators().stream().filter(i -> i.getCode().equals(code)).findFirst();
  }

  /** A new builder; {@code builder().from(value)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RulebookDescription}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableRulebookDescription.Builder {}

  /** Checks that every required attribute is set; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.required(this, "RulebookDescription");
  }
}
