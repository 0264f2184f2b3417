package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.value.Validation;
import io.github.jixiao.rules.internal.Invariants;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * A grade scale (等级标准): an ordered list of (lowest total inclusive, grade) covering 0–100 with
 * no gap and no overlap — the first band starts at 0, each starts above the previous one — and a
 * better grade for a higher band, so the grade never falls as the total rises. The central
 * standard (财预〔2020〕10号): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below ({@link #central()}); some
 * provinces use other cut-offs, so the scale is data.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGradeScale.class)
@JsonDeserialize(as = ImmutableGradeScale.class)
public interface GradeScale extends WithGradeScale {

  /** The bands in ascending order of their lowest total; the first starts at 0. */
  List<GradeBand> getBands();

  /** The grade of {@code total}: the band with the highest lower bound not above it. */
  default Grade gradeOf(BigDecimal total) {
    List<GradeBand> bands = getBands();
    for (int i = bands.size() - 1; i > 0; i--) {
      if (total.compareTo(bands.get(i).getFrom()) >= 0) {
        return bands.get(i).getGrade();
      }
    }
    return bands.get(0).getGrade();
  }

  /** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
  static GradeScale central() {
    return builder().addBands(GradeBand.of(BigDecimal.ZERO, Grade.POOR),
        GradeBand.of(BigDecimal.valueOf(60), Grade.FAIR),
        GradeBand.of(BigDecimal.valueOf(80), Grade.GOOD),
        GradeBand.of(BigDecimal.valueOf(90), Grade.EXCELLENT)).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GradeScale}; {@code build()} lists every problem. */
  final class Builder extends ImmutableGradeScale.Builder {}

  /** Checks coverage of 0–100 with no gap or overlap, and that grades rise with the bands. */
  @Value.Check
  default void validate() {
    Validation.check(this, "GradeScale", v -> {
      List<GradeBand> bands = getBands();
      Invariants.require(v, !bands.isEmpty(), "bands", "a grade scale needs at least one band",
          "等级标准至少需要一个档次");
      for (int i = 0; i < bands.size(); i++) {
        BigDecimal from = bands.get(i).getFrom();
        String path = "bands[" + i + "].from";
        if (i == 0) {
          Invariants.require(v, from.signum() == 0, path, "the first band must start at 0 so"
              + " that every total from 0 has a grade; was " + from.toPlainString(),
              "第一档须从 0 分起，现为 " + from.toPlainString());
          continue;
        }
        GradeBand previous = bands.get(i - 1);
        Invariants.require(v, from.compareTo(previous.getFrom()) > 0, path, "bands must be in"
            + " ascending order with no overlap: " + from.toPlainString() + " is not above "
            + previous.getFrom().toPlainString(), "档次须按分数升序排列且不重叠");
        Invariants.require(v, from.compareTo(BigDecimal.valueOf(100)) <= 0, path,
            "a band cannot start above 100", "档次下限不能超过 100 分");
        Invariants.require(v, bands.get(i).getGrade().ordinal() < previous.getGrade().ordinal(),
            "bands[" + i + "].grade", "a higher band must earn a better grade, or the grade would"
                + " fall as the total rises: " + bands.get(i).getGrade() + " is not better than "
                + previous.getGrade(), "分数越高等级须越高");
      }
    });
  }
}
