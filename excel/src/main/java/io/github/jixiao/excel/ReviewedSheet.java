package io.github.jixiao.excel;

import io.github.jixiao.core.Review;
import io.github.jixiao.core.SourceCell;
import io.github.jixiao.rules.result.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One project sheet of a reviewer's workpaper (复核底稿工作表) read into a {@link Review} of the
 * self-evaluation it was matched against: the sheet's name, the review, the cell every value of
 * the review was read from (by its JSON path in the {@code jixiao/review/1} document: {@code
 * $.entries[2].score} → {@code 项目1!K7}), and what the reading found ({@link WorkpaperNote}).
 */
public final class ReviewedSheet {

  private final String sheet;
  private final Review review;
  private final List<SourceCell> cells;
  private final List<WorkpaperNote> notes;

  /** A sheet read into {@code review}, with its cells and notes. */
  public ReviewedSheet(String sheet, Review review, List<SourceCell> cells,
      List<WorkpaperNote> notes) {
    this.sheet = Objects.requireNonNull(sheet, "sheet");
    this.review = Objects.requireNonNull(review, "review");
    this.cells = List.copyOf(cells);
    this.notes = List.copyOf(notes);
  }

  /** The sheet's name, e.g. 项目1. */
  public String sheet() {
    return sheet;
  }

  /** The review the sheet holds. */
  public Review review() {
    return review;
  }

  /** Where each value of the review was read, by JSON path, in the sheet's order. */
  public List<SourceCell> cells() {
    return cells;
  }

  /**
   * The cell the value at {@code path} (or the nearest value above it: {@code
   * $.entries[2].deduction} finds {@code $.entries[2]}'s) was read from, if any.
   */
  public Optional<String> cellOf(String path) {
    String p = path;
    while (!p.isEmpty()) {
      String at = p;
      Optional<String> found = cells.stream().filter(c -> c.getPath().equals(at))
          .map(SourceCell::getCell).findFirst();
      if (found.isPresent()) {
        return found;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut <= 0 ? "" : p.substring(0, cut);
    }
    return Optional.empty();
  }

  /** What the reading found, in the sheet's order. */
  public List<WorkpaperNote> notes() {
    return notes;
  }

  /** Whether a row could not be read into the review (a note of severity error). */
  public boolean hasErrors() {
    return notes.stream().anyMatch(n -> n.severity() == Severity.ERROR);
  }

  @Override
  public String toString() {
    return sheet + " (G)";
  }
}
