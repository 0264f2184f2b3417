package io.github.jixiao.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.io.JsonDocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One Jazzer fuzz target over every reader (全部读取器), for the short run {@code .ci/run} makes:
 * libFuzzer fuzzes one target per process, and starting Jazzer once per reader would cost more
 * than the fuzzing. Each input goes through the eight document readers, {@code readAny}, the JSON
 * Lines reader, the rulebook check, the workbook importer and the workpaper reader, each held to
 * the properties of its own fuzz test ({@link ReadersFuzzTest}, {@link LinesFuzzTest}, {@link
 * RulebookCheckFuzzTest}, {@link WorkbookImportFuzzTest}, {@link WorkpaperImportFuzzTest}, {@link
 * ReportDraftFuzzTest}), so a finding here is a finding of one of them: its input goes into that
 * test's corpus folder. The JSON Lines reader sees only inputs of a few lines, since it is slow
 * on the others; the report reader only inputs that do not start as JSON.
 *
 * <p>In fuzzing mode ({@code -Pfuzz}) libFuzzer starts from every reader's committed corpus,
 * which the profile copies into {@code fuzz/.cifuzz-corpus/grown/committed/}; in regression mode
 * the readers' own tests replay those, and this one runs on the empty input.
 */
class EveryReaderFuzzTest {

  /**
   * The most line breaks an input may have to go to the JSON Lines reader too. Its test reads
   * every line alone as well, which makes a pretty-printed document of a thousand lines (each a
   * refused fragment) cost forty times a single read; a few documents a line is what it is for,
   * and {@link LinesFuzzTest} takes the rest in its own runs.
   */
  static final int MOST_LINES = 32;

  private final ReadersFuzzTest documents = new ReadersFuzzTest();
  private final LinesFuzzTest lines = new LinesFuzzTest();
  private final RulebookCheckFuzzTest rulebooks = new RulebookCheckFuzzTest();
  private final WorkbookImportFuzzTest workbooks = new WorkbookImportFuzzTest();
  private final WorkpaperImportFuzzTest workpapers = new WorkpaperImportFuzzTest();
  private final ReportDraftFuzzTest reports = new ReportDraftFuzzTest();

  @FuzzTest(maxDuration = "10m")
  void everyReader(byte[] input) throws IOException {
    documents.readEvaluation(input);
    documents.readRulebook(input);
    documents.readScoreCard(input);
    documents.readCheckReport(input);
    documents.readReview(input);
    documents.readTargetDeclaration(input);
    documents.readMonitoring(input);
    documents.readDraftEvaluation(input);
    readAny(input);
    if (lineBreaks(input) <= MOST_LINES) {
      lines.readEvaluationLines(input);
    }
    rulebooks.checkRulebook(input);
    workbooks.importWorkbook(input);
    workpapers.importWorkpaper(input);
    // The report reader for the inputs that do not start, after white space, with { or [: it
    // reads a JSON document as a long text through every extraction rule, which costs more than
    // all the other readers together. (A .docx whose zip entry is in zstd escaped it as
    // NoClassDefFoundError, found by this target; it is refused as damaged now.)
    if (!json(input)) {
      reports.draftReport(input);
    }
  }

  /** Whether {@code input} starts, after white space, as a JSON object or array. */
  private static boolean json(byte[] input) {
    for (byte b : input) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return b == '{' || b == '[';
      }
    }
    return false;
  }

  private static int lineBreaks(byte[] input) {
    int breaks = 0;
    for (byte b : input) {
      if (b == '\n') {
        breaks++;
      }
    }
    return breaks;
  }

  /** The reader that tells the type by the document's {@code format}: read or refused clearly. */
  private static void readAny(byte[] input) {
    Object document;
    try {
      document = JixiaoJson.standard().readAny(new String(input, StandardCharsets.UTF_8));
    } catch (JsonDocumentException refused) {
      DocumentProperties.assertClearRefusal(refused);
      return;
    }
    DocumentProperties.assertAccepted(document);
  }
}
