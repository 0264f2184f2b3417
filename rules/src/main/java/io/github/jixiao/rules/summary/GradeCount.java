package io.github.jixiao.rules.summary;

import io.github.jixiao.core.Grade;
import java.util.Objects;

/**
 * One grade of the grade distribution (等级分布): how many units claim it and how many the rules
 * give it.
 *
 * @param grade 优, 良, 中 or 差
 * @param claimed units whose claimed grade (自评等级) it is
 * @param computed units whose computed grade it is
 */
public record GradeCount(Grade grade, int claimed, int computed) {

  /** Checks the grade is given. */
  public GradeCount {
    Objects.requireNonNull(grade, "grade");
  }
}
