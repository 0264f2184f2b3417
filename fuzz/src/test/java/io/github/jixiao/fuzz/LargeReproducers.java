package io.github.jixiao.fuzz;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two reproducers too large to commit (大型复现文件), written at test time under
 * {@code target/reproducers/} exactly as {@code D3-path-amplification.py} and
 * {@code D4-problem-flood.py} of the reliability report write them, streamed so that writing them
 * costs no heap.
 */
final class LargeReproducers {

  private static final Path DIRECTORY = Path.of("target", "reproducers");

  private LargeReproducers() {}

  /**
   * D3, ~370 KB: 60 nested objects with one 1 000-character key each, under an unknown field,
   * around an array of 150 000 zeros — a JSON path of ~60 000 characters per element if paths are
   * built eagerly.
   */
  static Path pathAmplification() {
    return write("D3-path-amplification.json", out -> {
      int depth = 60;
      out.write("{\"format\": \"jixiao/self-evaluation/1\", \"x\": ");
      for (int d = 0; d < depth; d++) {
        out.write("{\"" + String.format("k%02d", d) + "x".repeat(1000 - 3) + "\":");
      }
      out.write('[');
      for (int i = 0; i < 150_000; i++) {
        out.write(i == 0 ? "0" : ",0");
      }
      out.write(']');
      out.write("}".repeat(depth));
      out.write('}');
    });
  }

  /**
   * D4, 16 MiB: a self-evaluation whose {@code tasks} are 8 388 568 numbers, one wrong-type
   * problem each.
   */
  static Path problemFlood() {
    return write("D4-problem-flood.json", out -> {
      int n = 8 * 1024 * 1024 - 40;
      out.write("{\"format\": \"jixiao/self-evaluation/1\", \"tasks\": [");
      for (int i = 0; i < n; i++) {
        out.write(i == 0 ? "1" : ",1");
      }
      out.write("]}");
    });
  }

  private interface Body {
    void writeTo(Writer out) throws IOException;
  }

  private static Path write(String name, Body body) {
    try {
      Files.createDirectories(DIRECTORY);
      Path file = DIRECTORY.resolve(name);
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        body.writeTo(out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
