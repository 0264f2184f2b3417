package io.github.jixiao.rules.summary;

import io.github.jixiao.core.Grade;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit of a batch summary (汇总中的单位): one evaluation's figures, without the evaluation.
 *
 * @param file where it was read: a file name, or a workbook's file and sheet
 * @param departmentCode the unit's code (单位编码)
 * @param departmentName the unit's name (单位名称)
 * @param title the report's title, if it has one
 * @param claimedTotal 自评得分, if claimed
 * @param computedTotal the rules' total (复核得分), if the card has one
 * @param claimedGrade 自评等级, if claimed
 * @param computedGrade the rules' grade, if the card has one
 * @param executionRate 预算执行率 in % at 2 decimals, half up; empty for a budget of 0
 * @param rateBin the histogram's bin of the exact rate; empty for a budget of 0
 * @param errors the number of findings of severity error
 * @param warnings the number of findings of severity warning
 */
public record SummaryUnit(String file, String departmentCode, String departmentName,
    Optional<String> title, Optional<BigDecimal> claimedTotal, Optional<BigDecimal> computedTotal,
    Optional<Grade> claimedGrade, Optional<Grade> computedGrade, Optional<BigDecimal> executionRate,
    Optional<RateBin> rateBin, int errors, int warnings) {

  /** Checks everything is given. */
  public SummaryUnit {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(departmentCode, "departmentCode");
    Objects.requireNonNull(departmentName, "departmentName");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(claimedTotal, "claimedTotal");
    Objects.requireNonNull(computedTotal, "computedTotal");
    Objects.requireNonNull(claimedGrade, "claimedGrade");
    Objects.requireNonNull(computedGrade, "computedGrade");
    Objects.requireNonNull(executionRate, "executionRate");
    Objects.requireNonNull(rateBin, "rateBin");
  }

  /**
   * 虚高: the claimed total less the computed, exactly (scale the larger of the two); empty unless
   * both are there. Above 0, the unit claims more than the rules give.
   */
  public Optional<BigDecimal> inflation() {
    return claimedTotal.flatMap(c -> computedTotal.map(c::subtract));
  }
}
