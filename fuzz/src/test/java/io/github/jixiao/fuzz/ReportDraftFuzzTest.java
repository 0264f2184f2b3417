package io.github.jixiao.fuzz;

import static io.github.jixiao.fuzz.DocumentProperties.holds;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.ExtractedItem;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.report.ReportReadException;
import io.github.jixiao.report.extract.ReportDrafts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Jazzer fuzz test (模糊测试) of the report reader and its extraction, {@link
 * ReportDrafts#draft(Path)}, from raw bytes written to a file (named .md when the input's length
 * is odd, .txt otherwise: the reader tells a PDF or a Word file by its bytes, not its name), in
 * regression mode over the committed corpus ({@code ReportDraftFuzzTestInputs/draftReport/}: the
 * seed's text, copied by the build, a small Word report and a small PDF written by jixiao-report's
 * tests, a truncated PDF, an encrypted PDF, a .docx zip bomb, an old .doc, a GB18030 text, a
 * Markdown report) in every build. Whatever the bytes, the reader either gives a draft — which
 * is written as {@code jixiao/draft-evaluation/1} and read back equal, whose items lie in the
 * report's paragraphs, whose notes hold no raw control character, and whose evaluation, if any,
 * scores and checks without a JX-000 — or refuses with a {@link ReportReadException} that says
 * what in both languages, bounded and printable; never another exception.
 */
class ReportDraftFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void draftReport(byte[] input) throws IOException {
    Path file = Files.createTempFile("jixiao-fuzz-", input.length % 2 == 1 ? ".md" : ".txt");
    try {
      Files.write(file, input);
      DraftEvaluation draft = ReportDrafts.standard().draft(file);
      DocumentProperties.assertRoundTrip(DocumentType.DRAFT_EVALUATION, draft);
      int paragraphs = draft.getExtraction().getReport().getParagraphs();
      for (ExtractedItem item : draft.getExtraction().getItems()) {
        holds(item.getParagraph() <= paragraphs, "an item beyond the report's paragraphs");
        holds(item.getStart() <= item.getEnd(), "an item that ends before it starts");
      }
      for (String note : draft.getExtraction().getNotes()) {
        holds(note.codePoints().noneMatch(Character::isISOControl), "a note with a control"
            + " character");
      }
      draft.getEvaluation().ifPresent(DocumentProperties::assertAcceptedEvaluation);
    } catch (ReportReadException e) {
      DocumentProperties.assertSaidInBothLanguages(e);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
