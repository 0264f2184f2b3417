/**
 * The outline of a report (报告提纲): its headings — 一、 … 五、, (一) … (四) with their variants
 * （一）, 一. , 第一部分, a Word heading style, a Markdown {@code #} — each with its level and, where
 * its title is one of a report's known sections (基本情况, 部门整体收支情况, 自评结论, 存在的主要问题,
 * 改进措施 …, formats.md's "Word/PDF reports"), that section; and for every paragraph the section
 * it stands in. {@link io.github.jixiao.report.outline.Outline} is the entry point.
 */
package io.github.jixiao.report.outline;
