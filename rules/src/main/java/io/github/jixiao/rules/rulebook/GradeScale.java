package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
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
      v.require(!bands.isEmpty(), "bands", () -> Message.of("rules.grades.no-band"));
      for (int i = 0; i < bands.size(); i++) {
        BigDecimal from = bands.get(i).getFrom();
        String path = "bands[" + i + "].from";
        if (i == 0) {
          v.require(from.signum() == 0, path, () -> Message.of("rules.grades.first-from",
              Argument.number("from", from)));
          continue;
        }
        GradeBand previous = bands.get(i - 1);
        v.require(from.compareTo(previous.getFrom()) > 0, path, () -> Message.of(
            "rules.grades.ascending", Argument.number("from", from),
            Argument.number("previous", previous.getFrom())));
        v.require(from.compareTo(BigDecimal.valueOf(100)) <= 0, path,
            () -> Message.of("rules.grades.above-hundred"));
        Grade grade = bands.get(i).getGrade();
        v.require(grade.ordinal() < previous.getGrade().ordinal(), "bands[" + i + "].grade",
            () -> Message.of("rules.grades.rising", Argument.message("grade", Message.label(grade)),
                Argument.message("previous", Message.label(previous.getGrade()))));
      }
    });
  }
}
