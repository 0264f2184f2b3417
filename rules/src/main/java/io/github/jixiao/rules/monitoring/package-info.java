/**
 * Mid-year monitoring (绩效运行监控) and its lights (信号灯): {@link
 * io.github.jixiao.rules.monitoring.MonitoringLights#of} sets each row of a {@link
 * io.github.jixiao.core.MonitoringReport} and its budget against the time elapsed (序时进度) under a
 * rulebook's {@link io.github.jixiao.rules.rulebook.MonitoringSettings}, gives the project's
 * light (the worst of its indicators') and finds the report's own problems (JX-9xx).
 */
package io.github.jixiao.rules.monitoring;
