package io.github.jixiao.fuzz;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JixiaoJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The committed inputs (语料) of the fuzz tests, read from the test class path in Jazzer's layout
 * {@code io/github/jixiao/fuzz/ReadersFuzzTestInputs/<method>/<file>}: the reliability reproducers
 * and the seed documents.
 */
final class Seeds {

  /** The folder of the corpus of each reader's fuzz test. */
  static final String EVALUATIONS = "ReadersFuzzTestInputs/readEvaluation/";
  static final String RULEBOOKS = "ReadersFuzzTestInputs/readRulebook/";
  static final String SCORE_CARDS = "ReadersFuzzTestInputs/readScoreCard/";
  static final String CHECK_REPORTS = "ReadersFuzzTestInputs/readCheckReport/";

  private Seeds() {}

  /** The bytes of {@code name}, a path relative to this package. */
  static byte[] bytes(String name) {
    try (InputStream in = Seeds.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name + " beside " + Seeds.class);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Baiyun 2021 self-evaluation, examples/baiyun-2021/evaluation.json. */
  static SelfEvaluation evaluation() {
    return Holder.EVALUATION;
  }

  private static final class Holder {
    static final SelfEvaluation EVALUATION =
        JixiaoJson.standard().readEvaluation(new ByteArrayInputStream(
            bytes(EVALUATIONS + "evaluation.json")));
  }
}
