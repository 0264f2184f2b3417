package io.github.jixiao.core;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A budget unit (部门, 单位): the body whose spending is evaluated — its budget code (预算编码),
 * name, level of government, region, kind (行政/事业), legal duties (职责), organisational units
 * (内设机构) and staffing (编制数, 实有人数).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDepartment.class)
@JsonDeserialize(as = ImmutableDepartment.class)
public interface Department extends WithDepartment {

  /** 预算编码: the unit's code in the budget system. */
  @NotBlank
  String getCode();

  /** The unit's full name, e.g. 广州市白云区人民代表大会常务委员会办公室. */
  @NotBlank
  String getName();

  /** The level of government (预算级次). */
  @NotNull
  GovernmentLevel getLevel();

  /** The region the unit belongs to, e.g. 广东省广州市白云区. */
  @NotBlank
  String getRegion();

  /** Administrative unit or public institution (行政/事业). */
  @NotNull
  DepartmentKind getKind();

  /** The unit's legal duties; codes are unique. */
  List<Duty> getDuties();

  /** The unit's organisational units; codes are unique and every parent code names one of them. */
  List<OrganisationalUnit> getUnits();

  /** Authorised posts and staff in post, where the report gives them. */
  Optional<Staffing> getStaffing();

  /** The duty with this code, if any. */
  default Optional<Duty> duty(String code) {
    return getDuties().stream().filter(d -> d.getCode().equals(code)).findFirst();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Department}; {@code build()} throws {@link InvalidValueException} if invalid. */
  final class Builder extends ImmutableDepartment.Builder {}

  /** Checks the constraints and that duty and unit codes are unique and parents exist. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Department", v -> {
      v.unique(getDuties(), Duty::getCode, "duties", "code");
      v.unique(getUnits(), OrganisationalUnit::getCode, "units", "code");
      Map<String, String> parentOf = new HashMap<>();
      getUnits().forEach(u -> parentOf.put(u.getCode(), u.getParentCode().orElse(null)));
      Set<String> inCycles = inCycles(parentOf);
      for (int i = 0; i < getUnits().size(); i++) {
        OrganisationalUnit unit = getUnits().get(i);
        Optional<String> parent = unit.getParentCode();
        if (parent.isPresent() && !parentOf.containsKey(parent.get())) {
          v.add("units[" + i + "].parentCode", Message.of("core.department.no-unit",
              Argument.text("code", Echo.text(parent.get()))));
        } else if (inCycles.contains(unit.getCode())) {
          v.add("units[" + i + "].parentCode", Message.of("core.department.cycle",
              Argument.text("code", Echo.text(unit.getCode()))));
        }
      }
    });
  }

  /**
   * The codes of the units that are their own ancestors, in one walk over every chain: each unit
   * is visited once, so a long chain costs its length, not its length squared.
   */
  private static Set<String> inCycles(Map<String, String> parentOf) {
    Set<String> done = new HashSet<>();
    Set<String> cyclic = new HashSet<>();
    for (String start : parentOf.keySet()) {
      Map<String, Integer> path = new LinkedHashMap<>();
      String at = start;
      while (at != null && !done.contains(at) && !path.containsKey(at)) {
        path.put(at, path.size());
        at = parentOf.get(at);
      }
      if (at != null && path.containsKey(at)) {
        int from = path.get(at);
        path.forEach((code, index) -> {
          if (index >= from) {
            cyclic.add(code);
          }
        });
      }
      done.addAll(path.keySet());
    }
    return cyclic;
  }
}
