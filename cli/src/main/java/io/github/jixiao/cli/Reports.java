package io.github.jixiao.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which files the command line reads as a self-evaluation report (自评报告) — Word, PDF or text —
 * to extract a draft from, rather than as a JSON document or a workbook: by their name, when
 * named on the command line (a directory's walk reads documents and workbooks only). An old
 * {@code .doc} is a report too, so that the report reader says to save it as {@code .docx}.
 */
final class Reports {

  private Reports() {}

  /** Whether {@code file} is named as a report: .docx, .doc, .pdf, .txt or .md. */
  static boolean isReport(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".docx") || n.endsWith(".doc") || n.endsWith(".pdf") || n.endsWith(".txt")
        || n.endsWith(".md");
  }
}
