/**
 * Projects rolled up into their department (项目汇总到部门, lifecycle.md §5): the project
 * self-evaluations of one unit and year summed — money added, rates averaged weighted by each
 * project's money, quantitative completion summed before it is scored — with the share of
 * projects per grade, the projects below 60 and those below 90 % execution, and the department-wide
 * evaluation's project spending checked against the projects' sum.
 */
package io.github.jixiao.rules.rollup;
