package io.github.jixiao.excel.layout;

/** What a column of a 自评表 holds (列的含义), found by its header label, never by position. */
enum Role {
  // The indicator block (绩效指标).
  LEVEL1, LEVEL2, LEVEL3, NAME, OPERATOR, KIND, TARGET, INITIAL_TARGET, UNIT, ACTUAL, WEIGHT,
  SCORE, COEFFICIENT, DEDUCTION, COMPLETION, REASON, CORE,
  // The money block (项目资金, 预算执行情况).
  INITIAL, FULL_YEAR, EXECUTED, EXECUTION_WEIGHT, RATE, EXECUTION_SCORE
}
