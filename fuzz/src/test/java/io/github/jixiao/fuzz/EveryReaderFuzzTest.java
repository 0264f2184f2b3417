package io.github.jixiao.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.io.JsonDocumentException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One Jazzer fuzz target over every reader (全部读取器), for the short run {@code .ci/run} makes:
 * libFuzzer fuzzes one target per process, and starting Jazzer once per reader would cost more
 * than the fuzzing. Each input goes through the seven document readers, {@code readAny}, the JSON
 * Lines reader, the rulebook check, the workbook importer and the workpaper reader, each held to
 * the properties of its own fuzz test ({@link ReadersFuzzTest}, {@link LinesFuzzTest}, {@link
 * RulebookCheckFuzzTest}, {@link WorkbookImportFuzzTest}, {@link WorkpaperImportFuzzTest}), so a
 * finding here is a finding of one of them: its input goes into that test's corpus folder.
 *
 * <p>In fuzzing mode ({@code -Pfuzz}) its seeds are every reader's committed corpus, which the
 * profile copies into {@code EveryReaderFuzzTestInputs/everyReader/}; in regression mode the
 * readers' own tests replay those, and this one runs on the empty input.
 */
class EveryReaderFuzzTest {

  private final ReadersFuzzTest documents = new ReadersFuzzTest();
  private final LinesFuzzTest lines = new LinesFuzzTest();
  private final RulebookCheckFuzzTest rulebooks = new RulebookCheckFuzzTest();
  private final WorkbookImportFuzzTest workbooks = new WorkbookImportFuzzTest();
  private final WorkpaperImportFuzzTest workpapers = new WorkpaperImportFuzzTest();

  @FuzzTest(maxDuration = "10m")
  void everyReader(byte[] input) throws IOException {
    documents.readEvaluation(input);
    documents.readRulebook(input);
    documents.readScoreCard(input);
    documents.readCheckReport(input);
    documents.readReview(input);
    documents.readTargetDeclaration(input);
    documents.readMonitoring(input);
    readAny(input);
    lines.readEvaluationLines(input);
    rulebooks.checkRulebook(input);
    workbooks.importWorkbook(input);
    workpapers.importWorkpaper(input);
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
