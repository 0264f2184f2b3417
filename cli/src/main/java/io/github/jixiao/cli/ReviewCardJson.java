package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.excel.ReviewedSheet;
import io.github.jixiao.excel.WorkpaperNote;
import io.github.jixiao.rules.review.ReviewCard;
import io.github.jixiao.rules.review.ReviewProblem;
import io.github.jixiao.rules.review.ReviewRow;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A review card as JSON (复核对照表, {@code review-card --json}): the file (and sheet), the
 * reviewer, the rulebook, a row per indicator — {@code code}, {@code name}, {@code weight}, {@code
 * unit}, {@code rules}, {@code review}, {@code deviation} (偏离度, %) — the totals, the grades and
 * whether they changed, and the problems ({@code code}, {@code severity}, {@code path}, the
 * workpaper's {@code cell} where known, {@code message}); for a workpaper, its {@code notes}.
 * Every decimal is a string, written exactly ({@code "9.72"}, {@code "6.68"}); a value the card
 * does not have is left out.
 */
final class ReviewCardJson {

  private final Lang lang;

  ReviewCardJson(Lang lang) {
    this.lang = lang;
  }

  ObjectNode card(String file, Optional<String> reviewer, ReviewCard card,
      Optional<ReviewedSheet> sheet) {
    ObjectNode o = JsonReport.object().put("file", file);
    sheet.ifPresent(s -> o.put("sheet", s.sheet()));
    reviewer.ifPresent(r -> o.put("reviewer", r));
    o.put("rulebook", card.rulebook());
    ArrayNode rows = o.putArray("rows");
    for (ReviewRow row : card.rows()) {
      ObjectNode n = rows.addObject().put("code", row.code()).put("name", row.name())
          .put("weight", row.weight().toPlainString());
      decimal(n, "unit", row.unit());
      decimal(n, "rules", row.rules());
      decimal(n, "review", row.review());
      decimal(n, "deviation", row.deviation());
    }
    decimal(o, "unitTotal", card.unitTotal());
    decimal(o, "rulesTotal", card.rulesTotal());
    decimal(o, "reviewTotal", card.reviewTotal());
    decimal(o, "deviation", card.deviation());
    card.unitGrade().ifPresent(g -> o.put("unitGrade", g.name()));
    card.reviewGrade().ifPresent(g -> o.put("reviewGrade", g.name()));
    o.put("gradeChanged", card.gradeChanged());
    ArrayNode problems = o.putArray("problems");
    for (ReviewProblem p : card.problems()) {
      ObjectNode n = problems.addObject().put("code", p.code())
          .put("severity", p.severity().name()).put("path", p.path());
      sheet.flatMap(s -> s.cellOf(p.path())).ifPresent(c -> n.put("cell", c));
      n.put("message", lang.say(p.message()));
    }
    sheet.ifPresent(s -> {
      ArrayNode notes = o.putArray("notes");
      for (WorkpaperNote note : s.notes()) {
        ObjectNode n = notes.addObject().put("severity", note.severity().name());
        note.cell().ifPresent(c -> n.put("cell", c));
        n.put("message", lang.say(note.message()));
      }
    });
    return o;
  }

  private static void decimal(ObjectNode o, String name, Optional<BigDecimal> value) {
    value.ifPresent(v -> o.put(name, v.toPlainString()));
  }
}
