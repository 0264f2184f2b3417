package io.github.jixiao.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.io.DocumentType;

/**
 * Jazzer fuzz tests (模糊测试) of the eight document readers, from raw bytes. Every build runs them
 * in regression mode over the committed corpus ({@code ReadersFuzzTestInputs/<method>/}: the
 * reliability reproducers, the seed documents, and every finding once fixed); {@code JAZZER_FUZZ=1}
 * fuzzes one of them (see the module's README). Each input is held to {@link DocumentProperties}:
 * read or refused clearly, never anything else; accepted documents round-trip, and accepted
 * evaluations score and check without a failure. The heap is the module's 256 MB; time is bounded
 * per input by the module's JUnit timeout in regression mode and by libFuzzer's {@code -timeout}
 * in fuzzing mode (a JUnit timeout would end the whole fuzzing run, which is one invocation).
 */
class ReadersFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void readEvaluation(byte[] input) {
    DocumentProperties.read(DocumentType.SELF_EVALUATION, input)
        .ifPresent(DocumentProperties::assertAcceptedEvaluation);
  }

  @FuzzTest(maxDuration = "10m")
  void readRulebook(byte[] input) {
    DocumentProperties.read(DocumentType.RULEBOOK, input)
        .ifPresent(DocumentProperties::assertAcceptedRulebook);
  }

  @FuzzTest(maxDuration = "10m")
  void readScoreCard(byte[] input) {
    DocumentProperties.read(DocumentType.SCORE_CARD, input)
        .ifPresent(DocumentProperties::assertAccepted);
  }

  @FuzzTest(maxDuration = "10m")
  void readCheckReport(byte[] input) {
    DocumentProperties.read(DocumentType.CHECK_REPORT, input)
        .ifPresent(DocumentProperties::assertAccepted);
  }

  @FuzzTest(maxDuration = "10m")
  void readReview(byte[] input) {
    DocumentProperties.read(DocumentType.REVIEW, input)
        .ifPresent(DocumentProperties::assertAccepted);
  }

  @FuzzTest(maxDuration = "10m")
  void readTargetDeclaration(byte[] input) {
    DocumentProperties.read(DocumentType.TARGET_DECLARATION, input)
        .ifPresent(DocumentProperties::assertAccepted);
  }

  @FuzzTest(maxDuration = "10m")
  void readMonitoring(byte[] input) {
    DocumentProperties.read(DocumentType.MONITORING, input)
        .ifPresent(DocumentProperties::assertAccepted);
  }

  @FuzzTest(maxDuration = "10m")
  void readDraftEvaluation(byte[] input) {
    DocumentProperties.read(DocumentType.DRAFT_EVALUATION, input)
        .ifPresent(DocumentProperties::assertAccepted);
  }
}
