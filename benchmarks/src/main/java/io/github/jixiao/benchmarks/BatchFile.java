package io.github.jixiao.benchmarks;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JixiaoJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A province's batch as a file (批量自评文件): {@code size} project self-evaluations of 10 to 60
 * indicators ({@link Evaluations#project(int, long)}, uniform, seeded), one document a line
 * (JSON Lines, as {@link JixiaoJson#writeLine} writes it), in a temporary file. Written one
 * evaluation at a time: nothing of the batch is held.
 *
 * @param file the file
 * @param size how many evaluations it holds
 * @param bytes its size in bytes
 * @param claimedPoints the sum of the evaluations' claimed totals, each the sum of the rules'
 *     points as the generator computed them by hand: what scoring the batch must add up to
 */
public record BatchFile(Path file, int size, long bytes, BigDecimal claimedPoints) {

  /** The seed every batch is generated from, so that every run reads the same file. */
  public static final long SEED = 2021;

  /**
   * Writes a batch of {@code size} evaluations to a new temporary file; the caller deletes it.
   *
   * @throws IOException if the file cannot be written
   */
  public static BatchFile write(int size) throws IOException {
    Path file = Files.createTempFile("jixiao-batch-" + size + "-", ".jsonl");
    SplittableRandom random = new SplittableRandom(SEED);
    JixiaoJson json = JixiaoJson.standard();
    BigDecimal claimed = BigDecimal.ZERO;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (int i = 0; i < size; i++) {
        SelfEvaluation evaluation = Evaluations.project(10 + random.nextInt(51),
            random.nextLong());
        claimed = claimed.add(evaluation.getClaimedTotal().orElseThrow());
        out.write(json.writeLine(evaluation).getBytes(StandardCharsets.UTF_8));
      }
    }
    return new BatchFile(file, size, Files.size(file), claimed);
  }

  /** Deletes the file. @throws IOException if it cannot be deleted */
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }
}
