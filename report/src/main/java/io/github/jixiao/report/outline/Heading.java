package io.github.jixiao.report.outline;

import java.util.Optional;

/**
 * A heading of a report (标题): the paragraph it is, its level (1 the highest), its title as
 * printed without its numbering mark (部门整体收支情况), the known section its title names, if any,
 * and where in the paragraph its text ends — the paragraph's length, or less when a body follows
 * the title in the same paragraph (三、存在的主要问题：预算编制工作有待细化…).
 *
 * @param paragraph the paragraph's number, from 1
 * @param level the heading's level
 * @param title the title as printed
 * @param part the id of the known section it names, e.g. {@code problems}
 * @param bodyStart where a body in the same paragraph starts, else the paragraph's length
 */
public record Heading(int paragraph, int level, String title, Optional<String> part,
    int bodyStart) {}
