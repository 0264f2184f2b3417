package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jixiao.core.SelfEvaluation;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad JSON Lines corpus ({@code bad-lines/expected.tsv}): in every input, each bad document is
 * refused at its line with the expected problem at the expected JSON path and column inside it,
 * the good documents around it are read, and nothing but a {@link JsonLineException} is ever
 * reported — read from a stream, a file, and a stream that gives a few bytes at a time (so that
 * lines span the reader's buffer anywhere).
 */
class BadLinesCorpusTest {

  /** One row of the manifest. */
  record Expected(String file, long line, long document, JsonProblem.Kind kind, String jsonPath,
      int column, long read, String fragment) {}

  /** The ways an input enters. */
  enum Entry {
    STREAM, PATH, TRICKLE
  }

  /** The rows of one input, read through one entry. */
  record Case(String file, Entry entry, List<Expected> rows) {
    @Override
    public String toString() {
      return file + " from a " + entry.name().toLowerCase(Locale.ROOT);
    }
  }

  @TempDir
  static Path generated;

  /** The reader's classes loaded and compiled a little, so that each row's bound is its own. */
  @BeforeAll
  static void loadTheReader() {
    String line = JixiaoJson.standard().writeLine(BaiyunEvaluation.evaluation());
    for (int round = 0; round < 3; round++) {
      try (DocumentLines<SelfEvaluation> lines = JixiaoJson.standard().evaluations(
          new ByteArrayInputStream((line + "{\n" + line).getBytes(StandardCharsets.UTF_8)))) {
        lines.stream().forEach(l -> l.problem().ifPresent(p -> p.getMessage()));
      }
    }
  }

  static Path corpus() {
    try {
      return Path.of(BadLinesCorpusTest.class.getResource("/bad-lines/expected.tsv").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Expected> manifest() throws IOException {
    return Files.readAllLines(corpus().resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("\t"))
        .map(f -> new Expected(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]),
            JsonProblem.Kind.valueOf(f[3]), f[4], f[5].equals("-") ? 0 : Integer.parseInt(f[5]),
            Long.parseLong(f[6]), f[7]))
        .toList();
  }

  static Stream<Case> cases() throws IOException {
    Map<String, List<Expected>> byFile = manifest().stream()
        .collect(Collectors.groupingBy(Expected::file, LinkedHashMap::new, Collectors.toList()));
    return byFile.entrySet().stream().flatMap(e -> Stream.of(Entry.values())
        .map(entry -> new Case(e.getKey(), entry, e.getValue())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBadDocumentIsRefusedAtItsLineAndTheOthersAreRead(Case c) throws IOException {
    Path file = c.file().startsWith("generated:")
        ? generate(c.file().substring("generated:".length())) : corpus().resolve(c.file());
    System.gc();

    List<DocumentLine<SelfEvaluation>> all = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> readAll(c.entry(), file));

    Map<Long, JsonLineException> refused = new HashMap<>();
    long read = 0;
    long previous = 0;
    for (DocumentLine<SelfEvaluation> line : all) {
      assertThat(line.line()).as("lines in order").isGreaterThan(previous);
      previous = line.line();
      if (line.isRead()) {
        read++;
      } else {
        refused.put(line.line(), line.problem().orElseThrow());
      }
    }
    assertThat(read).as("documents read").isEqualTo(c.rows().get(0).read());
    for (Expected row : c.rows()) {
      JsonLineException e = refused.get(row.line());
      assertThat(e).as("line %d refused", row.line()).isNotNull();
      assertThat(e.document()).isEqualTo(row.document());
      assertThat(e.source().isPresent()).isEqualTo(c.entry() == Entry.PATH);
      assertThat(e.getMessage()).startsWith((c.entry() == Entry.PATH ? file + ", " : "")
          + "line " + row.line() + " (document " + row.document() + "): cannot read");
      assertThat(e.message(Locale.CHINESE)).contains("第 " + row.line() + " 行（第 "
          + row.document() + " 个文档）：无法读取");
      assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
        assertThat(p.kind()).isEqualTo(row.kind());
        assertThat(p.jsonPath()).isEqualTo(row.jsonPath());
        if (row.column() > 0) {
          assertThat(p.line()).isEqualTo(1);
          assertThat(p.column()).isEqualTo(row.column());
        }
        assertThat(p.message(Locale.ENGLISH)).containsIgnoringCase(row.fragment());
        assertThat(p.message(Locale.CHINESE)).isNotBlank();
      });
    }
    // Every refusal in Jixiao's words: none of Jackson's, no raw control character, bounded.
    for (JsonLineException e : refused.values()) {
      for (String text : new String[] {e.getMessage(), e.message(Locale.CHINESE),
          e.describe(Locale.ENGLISH), e.describe(Locale.CHINESE)}) {
        assertThat(text).doesNotContain("JsonReadFeature", "Feature '", "[Source:", "`",
            "CTRL-CHAR", "Cannot construct instance", "jackson", "Exception").doesNotContainPattern(
                "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\u202A-\\u202E\\u2066-\\u2069]");
        assertThat(text.length()).isLessThan(20_000);
      }
    }
  }

  @Test
  void theCorpusListsEveryFileAndEveryFileExists() throws IOException {
    List<String> listed = manifest().stream().map(Expected::file).distinct().toList();
    assertThat(listed).hasSizeGreaterThanOrEqualTo(15);
    try (Stream<Path> files = Files.list(corpus())) {
      assertThat(files.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("expected.tsv")))
          .allMatch(listed::contains, "listed in expected.tsv");
    }
    assertThat(listed).filteredOn(name -> !name.startsWith("generated:"))
        .allMatch(name -> Files.isRegularFile(corpus().resolve(name)), "exists");
  }

  private static List<DocumentLine<SelfEvaluation>> readAll(Entry entry, Path file)
      throws IOException {
    JixiaoJson json = JixiaoJson.standard();
    List<DocumentLine<SelfEvaluation>> all = new ArrayList<>();
    switch (entry) {
      case PATH -> {
        try (DocumentLines<SelfEvaluation> lines = json.evaluations(file)) {
          lines.forEach(all::add);
        }
      }
      case STREAM, TRICKLE -> {
        InputStream bytes = new BufferedInputStream(Files.newInputStream(file));
        try (InputStream in = entry == Entry.STREAM ? bytes : new Trickle(bytes);
            DocumentLines<SelfEvaluation> lines = json.evaluations(in)) {
          lines.forEach(all::add);
        }
      }
      default -> throw new AssertionError(entry);
    }
    return all;
  }

  /** A stream that gives at most 7 bytes a read, as a slow network does. */
  private static final class Trickle extends FilterInputStream {
    Trickle(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, 7));
    }
  }

  /** The inputs too big to commit, written at run time. */
  private static Path generate(String name) throws IOException {
    Path file = generated.resolve(name + ".jsonl");
    if (Files.exists(file)) {
      return file;
    }
    String good = Files.readAllLines(corpus().resolve("second-line-bad.jsonl"),
        StandardCharsets.UTF_8).get(0) + "\n";
    String head = "{\"format\": \"jixiao/self-evaluation/1\", \"kind\": \"DEPARTMENT_WIDE\", ";
    try (OutputStream out = Files.newOutputStream(file)) {
      switch (name) {
        case "huge-line", "huge-last-line" -> {
          // A line of 17 MiB, beyond the 16 MiB a document may have; the last one has no end.
          write(out, good + head + "\"title\": \"");
          byte[] mib = "a".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < 17; i++) {
            out.write(mib);
          }
          write(out, name.equals("huge-line") ? "\"}\n" + good : "\"}");
        }
        case "long-string-line" -> write(out, head + "\"title\": \"" + "a".repeat(200_000)
            + "\"}\n" + good);
        case "deep-nesting-line" -> write(out, good + head + "\"title\": " + "[".repeat(10_000)
            + "]".repeat(10_000) + "}\n");
        case "thousand-lines" -> {
          String bad = Files.readAllLines(corpus().resolve("second-line-bad.jsonl"),
              StandardCharsets.UTF_8).get(1) + "\n";
          for (int line = 1; line <= 1000; line++) {
            write(out, line == 777 ? bad : good);
          }
        }
        default -> throw new UncheckedIOException(new IOException("no generator for " + name));
      }
    }
    return file;
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
