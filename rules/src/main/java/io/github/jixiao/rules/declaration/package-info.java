/**
 * The stages before the self-evaluation (绩效目标申报与审核, lifecycle.md §1 and §6): the finance
 * bureau's review of a target declaration ({@link
 * io.github.jixiao.rules.declaration.TargetReview}, JX-951 to JX-959) and the links of a
 * self-evaluation to the declaration it answers ({@link
 * io.github.jixiao.rules.declaration.StageLinks}, JX-961 to JX-963) and to the monitoring reports
 * it names ({@link io.github.jixiao.rules.declaration.MonitoringLinks}, JX-964, JX-965). The 9xx
 * family holds the stages around the self-evaluation: 90x monitoring, 95x the target review, 96x
 * the links.
 */
package io.github.jixiao.rules.declaration;
