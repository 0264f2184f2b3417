package io.github.jixiao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.io.JsonProblem;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.result.SkippedCheck;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The {@code --json} output of the commands whose results are not documents of a published
 * format ({@code score} and {@code check} write those): findings (审核发现) beside a command's own
 * figures, a line per finding ({@code code}, {@code severity}, {@code path}, {@code message}); the
 * problems of a document that cannot be read. Decimals are JSON numbers written exactly, never
 * through {@code double}. Messages are in the language of {@code --lang}.
 */
final class JsonReport {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final ObjectMapper LINE = new ObjectMapper()
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

  /** {@code node} on one line, for JSON Lines: no indentation, no line break. */
  static String line(ObjectNode node) {
    try {
      return LINE.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
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
      if (!f.getCheckCode().equals(f.getCode())) {
        n.put("checkCode", f.getCheckCode()); // one code, and the check's only when it failed
      }
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
