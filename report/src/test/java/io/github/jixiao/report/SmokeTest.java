package io.github.jixiao.report;

import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.report.extract.ReportDrafts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void seed() throws Exception {
    DraftEvaluation d = ReportDrafts.standard().draft(Path.of("../examples/baiyun-2021/report.txt"));
    Files.writeString(Path.of("target/seed-draft.json"), JixiaoJson.standard().write(DocumentType.DRAFT_EVALUATION, d));
  }
}
