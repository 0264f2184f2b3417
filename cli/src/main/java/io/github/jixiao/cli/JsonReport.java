package io.github.jixiao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.JsonDocumentException;
import io.github.jixiao.io.JsonProblem;
import io.github.jixiao.rules.check.BatchReview;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.GroupScore;
import io.github.jixiao.rules.result.WeightMove;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.result.SkippedCheck;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The {@code --json} output: a score card (评分表) with {@code total}, {@code grade} and a line per
 * indicator ({@code code}, {@code weight}, {@code points}, …); a check report (审核报告) with a line
 * per finding ({@code code}, {@code severity}, {@code path}, {@code message}); the problems of a
 * document that cannot be read. Decimals are JSON numbers written exactly, never through
 * {@code double}. Messages are in the language of {@code --lang}.
 */
final class JsonReport {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Lang lang;

  JsonReport(Lang lang) {
    this.lang = lang;
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  ObjectNode card(ScoreCard card) {
    ObjectNode o = object();
    o.put("rulebook", card.getRulebook());
    o.put("rulebookTitle", card.getRulebookTitle());
    o.put("department", card.getDepartment());
    o.put("fiscalYear", card.getFiscalYear());
    // Nothing scored: no total and no grade (the notes say why).
    card.getTotal().ifPresent(t -> o.put("total", t));
    o.put("maximum", card.getMaximum());
    card.getGrade().ifPresent(g -> o.put("grade", g.name()).put("gradeLabel", lang.label(g)));
    o.put("pointsSum", card.getPointsSum());
    o.put("applicableWeight", card.getApplicableWeight());
    o.put("rescaled", card.isRescaled());
    card.getClaimedTotal().ifPresent(c -> o.put("claimedTotal", c));
    card.getDifference().ifPresent(d -> o.put("difference", d));
    card.getClaimedGrade().ifPresent(g -> o.put("claimedGrade", g.name()));
    ArrayNode indicators = o.putArray("indicators");
    for (IndicatorScore i : card.getIndicators()) {
      ObjectNode n = indicators.addObject();
      n.put("code", i.getCode());
      n.put("name", i.getName());
      n.put("level", i.getLevel());
      i.getParentCode().ifPresent(p -> n.put("parentCode", p));
      n.put("weight", i.getWeight());
      n.put("points", i.getPoints());
      n.put("status", i.getStatus().name());
      n.put("rule", i.getRule().getType());
      ObjectNode inputs = n.putObject("inputs");
      for (Argument a : i.getInputs()) {
        a.getNumber().ifPresentOrElse(v -> inputs.put(a.getName(), v),
            () -> inputs.put(a.getName(), a.render(lang.locale())));
      }
      i.getFormula().ifPresent(f -> {
        ObjectNode formula = n.putObject("formula");
        formula.put("id", f.getFormula());
        formula.put("status", f.getStatus().name());
        f.getValue().ifPresent(v -> formula.put("value", v));
        f.getInputs().forEach(a -> a.getNumber().ifPresent(v -> formula.put(a.getName(), v)));
      });
      n.put("deductionsTaken", i.getDeductionsTaken());
      i.getDeductionColumn().ifPresent(c -> n.put("deductionColumn", c)); // 扣减分数 taken
      n.put("explanation", i.explain(lang.locale()));
      i.getClaimed().ifPresent(c -> n.put("claimed", c));
      i.getDifference().ifPresent(d -> n.put("difference", d));
      ArrayNode assumptions = n.putArray("assumptions");
      i.getAssumptions().forEach(assumptions::add);
    }
    ArrayNode groups = o.putArray("groups");
    for (GroupScore g : card.getGroups()) {
      ObjectNode n = groups.addObject();
      n.put("code", g.getCode());
      n.put("name", g.getName());
      n.put("weight", g.getWeight());
      n.put("points", g.getPoints());
      g.getClaimed().ifPresent(c -> n.put("claimed", c));
      g.getExplanation().ifPresent(m -> n.put("explanation", lang.say(m)));
    }
    ArrayNode moves = o.putArray("weightMoves"); // 权重调整: the groups the table leaves empty
    for (WeightMove m : card.getWeightMoves()) {
      ObjectNode n = moves.addObject();
      n.put("group", m.getGroup());
      n.put("name", m.getName());
      n.put("weight", m.getWeight());
      n.put("carriedByTable", m.isCarriedByTable());
      ObjectNode received = n.putObject("received");
      m.getReceived().forEach(received::put);
    }
    ArrayNode notes = o.putArray("notes");
    for (Message note : card.getNotes()) {
      notes.add(lang.say(note));
    }
    return o;
  }

  ObjectNode report(CheckReport report) {
    ObjectNode o = object();
    o.put("errors", report.count(Severity.ERROR));
    o.put("warnings", report.count(Severity.WARNING));
    o.put("infos", report.count(Severity.INFO));
    ArrayNode findings = o.putArray("findings");
    for (Finding f : report.getFindings()) {
      ObjectNode n = findings.addObject();
      n.put("code", f.getCode());
      n.put("checkCode", f.getCheckCode());
      n.put("severity", f.getSeverity().name());
      n.put("path", f.getPath());
      f.getCell().ifPresent(c -> n.put("cell", c));
      n.put("message", f.message(lang.locale()));
      f.getExpected().ifPresent(e -> n.put("expected", e));
      f.getActual().ifPresent(a -> n.put("actual", a));
    }
    ArrayNode notRun = o.putArray("checksNotRun");
    for (SkippedCheck s : report.getChecksNotRun()) {
      notRun.addObject().put("code", s.getCheckCode())
          .put("reason", s.reason(lang.locale()));
    }
    return o;
  }

  /**
   * The batch's own findings (JX-801, JX-802) as the last entry of a batch's array: {@code
   * {"batch": [{code, severity, message, sources}]}}, an entry with no {@code file}.
   */
  ObjectNode batch(List<BatchReview.BatchFinding> found) {
    ObjectNode o = object();
    ArrayNode list = o.putArray("batch");
    for (BatchReview.BatchFinding f : found) {
      ObjectNode n = list.addObject();
      n.put("code", f.code());
      n.put("severity", f.severity().name());
      n.put("message", lang.say(f.message()));
      ArrayNode sources = n.putArray("sources");
      f.sources().forEach(sources::add);
    }
    return o;
  }

  /** A problem that is not the document's own: a rulebook not found, a read that failed. */
  ObjectNode problem(String kind, Optional<String> path, String message) {
    ObjectNode o = object();
    o.put("kind", kind);
    path.ifPresent(p -> o.put("path", p));
    o.put("message", message);
    return o;
  }

  /** The problems of a document that cannot be read, each with its JSON path and line:column. */
  ArrayNode problems(List<JsonProblem> problems) {
    ArrayNode list = array();
    for (JsonProblem p : problems) {
      ObjectNode n = list.addObject();
      n.put("kind", p.kind().name());
      n.put("path", p.jsonPath());
      n.put("line", p.line());
      n.put("column", p.column());
      n.put("message", p.message(lang.locale()));
      p.hint(lang.locale()).ifPresent(h -> n.put("hint", h));
    }
    return list;
  }
}
