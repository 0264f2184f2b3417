package io.github.jixiao.excel.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.ImportResult;
import io.github.jixiao.excel.ImportedSheet;
import io.github.jixiao.excel.ReviewedSheet;
import io.github.jixiao.excel.SkippedSheet;
import io.github.jixiao.excel.WorkpaperNote;
import io.github.jixiao.excel.WorkpaperResult;
import io.github.jixiao.excel.read.ExcelTables;
import io.github.jixiao.excel.read.ExcelWorkpapers;
import io.github.jixiao.excel.write.ExcelReports;
import io.github.jixiao.excel.write.ExcelTemplates;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook importer ({@link ExcelTables}) and the workpaper reader ({@link ExcelWorkpapers})
 * are immutable and thread-safe, as their javadoc says (并发导入): one instance of each, shared by
 * eight threads that a barrier releases together, imports every workbook — the examples' Baiyun
 * and training evaluations as score-card workbooks, the built-in rulebooks' blank templates
 * (refused: nothing filled in), the Baiyun workpaper — exactly as it imports it alone: the same
 * evaluations and reviews, the same cells, the same notes, skipped sheets and refusals in both
 * languages.
 */
class ConcurrentImportTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 2;
  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir
  Path dir;

  @Test
  void oneImporterAndOneWorkpaperReaderServeEightThreadsAsTheyDoAlone() throws Exception {
    List<Callable<List<Object>>> imports = new ArrayList<>();
    List<SelfEvaluation> examples = new ArrayList<>();
    for (String example : List.of("baiyun-2021", "training-2021")) {
      SelfEvaluation evaluation = JixiaoJson.standard().readEvaluation(
          EXAMPLES.resolve(example).resolve("evaluation.json"));
      examples.add(evaluation);
      Path workbook = scoreCardWorkbook(evaluation, example + ".xlsx");
      imports.add(() -> imported(workbook));
    }
    for (Rulebook book : Rulebooks.all()) {
      Path template = dir.resolve(book.getId() + ".xlsx");
      ExcelTemplates.write(book, 2021, template);
      imports.add(() -> imported(template)); // a blank template is refused: refused alike
    }
    Path workpaper = BaiyunWorkpaper.write(dir, "workpaper.xlsx");
    imports.add(() -> said(ExcelWorkpapers.standard().read(workpaper, examples.get(0))));

    List<List<Object>> alone = new ArrayList<>();
    for (Callable<List<Object>> i : imports) {
      alone.add(i.call());
    }
    // what is compared is worth comparing: the Baiyun table, its budget as the report states it
    assertThat(((SelfEvaluation) alone.get(0).get(2)).getBudget().getFullYear())
        .isEqualByComparingTo("3306.19");

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<List<List<Object>>>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int first = t % imports.size();
          threads.add(pool.submit(() -> {
            start.await();
            List<List<Object>> got = new ArrayList<>(alone.size());
            for (int i = 0; i < imports.size(); i++) {
              got.add(null);
            }
            for (int i = 0; i < imports.size(); i++) {
              int k = (first + i) % imports.size();
              got.set(k, imports.get(k).call());
            }
            return got;
          }));
        }
        for (Future<List<List<Object>>> thread : threads) {
          assertThat(thread.get(120, TimeUnit.SECONDS)).isEqualTo(alone);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Path scoreCardWorkbook(SelfEvaluation evaluation, String name) {
    Rulebook book = Rulebooks.forEvaluation(evaluation).rulebook();
    Path file = dir.resolve(name);
    ExcelReports.write(List.of(new ExcelReports.Scored(evaluation,
        Scorer.standard().score(evaluation, book), Checks.standard().run(evaluation, book))),
        Locale.CHINESE, file);
    return file;
  }

  /** What importing {@code file} gave, as values and words, or its refusal in words. */
  private static List<Object> imported(Path file) {
    try {
      return said(ExcelTables.standard().read(file));
    } catch (ExcelImportException refused) {
      return List.of(refused.message(Locale.CHINESE) + " | " + refused.message(Locale.ENGLISH));
    }
  }

  private static List<Object> said(ImportResult result) {
    List<Object> said = new ArrayList<>();
    for (ImportedSheet s : result.sheets()) {
      said.addAll(List.of(s.sheet(), s.layout(), s.evaluation()));
    }
    result.skipped().forEach(s -> said.add(words(s)));
    return said;
  }

  private static List<Object> said(WorkpaperResult result) {
    List<Object> said = new ArrayList<>();
    for (ReviewedSheet s : result.sheets()) {
      said.addAll(List.of(s.sheet(), s.review(), s.cells()));
      for (WorkpaperNote note : s.notes()) {
        said.add(note.severity() + " " + note.cell() + " " + note.message(Locale.CHINESE) + " | "
            + note.message(Locale.ENGLISH));
      }
    }
    result.skipped().forEach(s -> said.add(words(s)));
    return said;
  }

  private static String words(SkippedSheet s) {
    return s.sheet() + ": " + s.reason().render(Locale.CHINESE) + " | "
        + s.reason().render(Locale.ENGLISH);
  }
}
