package io.github.jixiao.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.DocumentLine;
import io.github.jixiao.io.DocumentLines;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.io.JsonDocumentException;
import io.github.jixiao.io.JsonLineException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A Jazzer fuzz test (模糊测试) of the JSON Lines reader, {@code JixiaoJson.evaluations}, from raw
 * bytes, in the style of {@link ReadersFuzzTest}: every build replays the committed corpus
 * ({@code LinesFuzzTestInputs/readEvaluationLines/}); {@code JAZZER_FUZZ=1} fuzzes it (see the
 * module's README). Each input is held to these properties: reading ends, and nothing escapes but
 * the documents read or refused; the documents come in the order of their lines, numbered 1, 2, 3
 * with blank lines skipped; each line is read exactly as {@code readEvaluation} reads its bytes
 * alone — the same value, or a refusal with the same problems, clear and bounded as {@link
 * DocumentProperties#assertClearRefusal} holds them, inside a {@link JsonLineException} whose own
 * words are bounded too; and each document read scores and checks as {@link
 * DocumentProperties#assertAcceptedEvaluation} asks.
 */
class LinesFuzzTest {

  private static final JixiaoJson JSON = JixiaoJson.standard();

  @FuzzTest(maxDuration = "10m")
  void readEvaluationLines(byte[] input) {
    List<DocumentLine<SelfEvaluation>> read = new ArrayList<>();
    try (DocumentLines<SelfEvaluation> lines = JSON.evaluations(new ByteArrayInputStream(input))) {
      lines.forEach(read::add);
    }
    List<Line> expected = lines(input);
    check(read.size() == expected.size(), "read " + read.size() + " documents of "
        + expected.size() + " lines that are not blank");
    for (int i = 0; i < read.size(); i++) {
      DocumentLine<SelfEvaluation> line = read.get(i);
      Line alone = expected.get(i);
      check(line.document() == i + 1, "document " + line.document() + " where " + (i + 1)
          + " was next");
      check(line.line() == alone.number(), "document " + (i + 1) + " on line " + line.line()
          + ", not on " + alone.number());
      SelfEvaluation single = null;
      JsonDocumentException refused = null;
      try {
        single = JSON.readEvaluation(new ByteArrayInputStream(alone.bytes()));
      } catch (JsonDocumentException e) {
        refused = e;
      }
      if (line.isRead()) {
        check(single != null && single.equals(line.value().orElseThrow()), "line "
            + line.line() + " read as a line, " + (single == null ? "refused alone" : "but"
            + " read otherwise alone"));
        DocumentProperties.assertAcceptedEvaluation(line.value().get());
      } else {
        JsonLineException e = line.problem().orElseThrow();
        check(refused != null && refused.problems().equals(e.problems()), "line " + line.line()
            + " refused as a line" + (refused == null ? " and read alone" : " with other"
            + " problems than alone"));
        DocumentProperties.assertClearRefusal(e.problem());
        for (String text : new String[] {e.getMessage(), e.message(Locale.CHINESE),
            e.describe(Locale.ENGLISH), e.describe(Locale.CHINESE)}) {
          check(text.length() < DocumentProperties.MAX_EXCEPTION_MESSAGE + 1000, "a line's"
              + " refusal of " + text.length() + " characters");
          check(text.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
              && c != '\n'), "a line's refusal shows a raw control character");
        }
      }
    }
  }

  /** A line that is not blank: its 1-based number and its bytes, without its line end. */
  private record Line(long number, byte[] bytes) {}

  /** The lines of {@code input} that are not blank, split by hand as JSON Lines says. */
  private static List<Line> lines(byte[] input) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    long number = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i < input.length && input[i] != '\n') {
        continue;
      }
      if (i == input.length && start == input.length) {
        break;
      }
      number++;
      int end = i > start && input[i - 1] == '\r' ? i - 1 : i;
      byte[] bytes = Arrays.copyOfRange(input, start, end);
      if (!blank(bytes)) {
        lines.add(new Line(number, bytes));
      }
      start = i + 1;
    }
    return lines;
  }

  private static boolean blank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static void check(boolean holds, String violation) {
    if (!holds) {
      throw new AssertionError(violation);
    }
  }
}
