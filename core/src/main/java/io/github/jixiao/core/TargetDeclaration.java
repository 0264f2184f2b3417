package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MoneyAmount;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target declaration (绩效目标申报表), sent with the budget request a year before the
 * self-evaluation and reviewed by the finance bureau (绩效目标审核, lifecycle.md §1): the kind of
 * evaluation it will answer (project or department-wide), the unit, the year, the overall annual
 * target (年度总体目标), the money requested (申请资金, in its unit) and the indicators (绩效指标)
 * one level under another.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetDeclaration.class)
@JsonDeserialize(as = ImmutableTargetDeclaration.class)
public interface TargetDeclaration extends WithTargetDeclaration {

  /** Project (项目支出) or department-wide (部门整体支出). */
  @NotNull
  EvaluationKind getKind();

  /** 申报单位: the unit that declares. */
  @NotNull
  @Valid
  Department getDepartment();

  /** 年度: the fiscal year the targets are for. */
  @NotNull
  @Min(2000)
  @Max(2100)
  Integer getFiscalYear();

  /** 项目名称 or the form's title. */
  Optional<@Text String> getTitle();

  /** 年度总体目标: the overall annual target, in words. */
  Optional<@Text String> getOverallTarget();

  /** The unit of {@link #getRequested()}: 万元 unless said otherwise. */
  @Value.Default
  default MoneyUnit getUnit() {
    return MoneyUnit.WAN_YUAN;
  }

  /** 申请资金 (年度资金总额): the money requested for the year. */
  @NotNull
  @MoneyAmount
  BigDecimal getRequested();

  /** 绩效指标: the rows, groups before their children. */
  List<@Valid DeclaredIndicator> getIndicators();

  /** The row coded {@code code}, if any. */
  default Optional<DeclaredIndicator> indicator(String code) {
    return getIndicators().stream().filter(i -> i.getCode().equals(code)).findFirst();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TargetDeclaration}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableTargetDeclaration.Builder {}

  /** Not for callers: Immutables calls it from {@code build()}; see {@link SelfEvaluation}. */
  @Value.Check
  default TargetDeclaration normalised() {
    return ((ImmutableTargetDeclaration) ImmutableTargetDeclaration.copyOf(this))
        .withRequested(Numbers.normal(getRequested()));
  }

  /** Checks the constraints, unique codes, and that each parent exists one level above. */
  @Value.Check
  default void validate() {
    Validation.check(this, "TargetDeclaration", v -> {
      v.unique(getIndicators(), DeclaredIndicator::getCode, "indicators", "code");
      Map<String, DeclaredIndicator> rows = new HashMap<>();
      getIndicators().forEach(i -> rows.putIfAbsent(i.getCode(), i));
      for (int i = 0; i < getIndicators().size(); i++) {
        DeclaredIndicator row = getIndicators().get(i);
        Optional<String> code = row.getParentCode();
        if (code.isEmpty()) {
          continue;
        }
        DeclaredIndicator parent = rows.get(code.get());
        v.require(parent != null, "indicators[" + i + "].parentCode",
            () -> Message.of("core.evaluation.no-indicator", Argument.text("code",
                Echo.text(code.get())), Argument.text("list", "$.indicators")));
        if (parent != null && parent.getLevel() != row.getLevel() - 1) {
          v.add("indicators[" + i + "].level", Message.of("core.evaluation.level",
              Argument.text("code", Echo.text(row.getCode())),
              Argument.number("level", row.getLevel()),
              Argument.text("parent", Echo.text(parent.getCode())),
              Argument.number("parentLevel", parent.getLevel())));
        }
      }
    });
  }
}
