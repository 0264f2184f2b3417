package io.github.jixiao.report;

/**
 * The limits a report file is held to (报告读取限制), against hostile or broken files: a file
 * beyond one is refused with a {@link ReportReadException} that names the limit, before it can
 * exhaust memory or time. A .docx is also held to the zip-bomb limits of the Excel reader (an
 * entry inflated more than 100 times, or beyond 256 MiB, is refused).
 *
 * @param maxBytes the largest file read
 * @param maxPages the most pages of a PDF
 * @param maxCharacters the most characters of text, all paragraphs together
 */
public record ReportLimits(long maxBytes, int maxPages, int maxCharacters) {

  /**
   * The defaults: files of 64 MiB, 1 000 pages, 5 000 000 characters. A 自评报告 is 10 to 50 pages
   * of some 1 000 characters each, with a few scanned attachments; these leave room for the
   * largest while bounding a hostile file.
   */
  public static final ReportLimits STANDARD = new ReportLimits(64L * 1024 * 1024, 1000,
      5_000_000);

  /** Checks that every limit is positive. */
  public ReportLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxCharacters <= 0) {
      throw new IllegalArgumentException("every report limit must be positive: " + maxBytes
          + ", " + maxPages + ", " + maxCharacters);
    }
  }
}
