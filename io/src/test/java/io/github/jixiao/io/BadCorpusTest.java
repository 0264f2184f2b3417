package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad corpus ({@code bad/expected.tsv}): every broken document gives one
 * {@link JsonDocumentException} — never another exception, a stack overflow or an out-of-memory —
 * that lists the expected problem at the expected JSON path.
 */
class BadCorpusTest {

  /** One line of the manifest. */
  record Expected(String file, JsonProblem.Kind kind, String jsonPath, int line, String fragment) {
    @Override
    public String toString() {
      return file;
    }
  }

  @TempDir
  static Path generated;

  static Path corpus() {
    try {
      return Path.of(BadCorpusTest.class.getResource("/bad/expected.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Expected> manifest() throws IOException {
    return Files.readAllLines(corpus().resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("\t"))
        .map(f -> new Expected(f[0], JsonProblem.Kind.valueOf(f[1]), f[2],
            f[3].equals("-") ? 0 : Integer.parseInt(f[3]), f[4]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifest")
  void eachBadDocumentGivesItsProblemAtItsPath(Expected expected) throws IOException {
    Path file = expected.file().startsWith("generated:")
        ? generate(expected.file().substring("generated:".length()))
        : corpus().resolve(expected.file());

    Throwable thrown = catchThrowable(() -> JixiaoJson.standard().readEvaluation(file));

    assertThat(thrown).as(expected.file()).isInstanceOf(JsonDocumentException.class);
    JsonDocumentException e = (JsonDocumentException) thrown;
    assertThat(e.source()).contains(file.toString());
    assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
      assertThat(p.kind()).isEqualTo(expected.kind());
      assertThat(p.jsonPath()).isEqualTo(expected.jsonPath());
      if (expected.line() > 0) {
        assertThat(p.line()).isEqualTo(expected.line());
      }
      assertThat(p.message()).containsIgnoringCase(expected.fragment());
      assertThat(p.messageZh()).isNotBlank();
    });
  }

  @Test
  void theCorpusHasAtLeastThirtyDocumentsAndListsEveryFile() throws IOException {
    List<Expected> all = manifest().toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(30);
    List<String> listed = all.stream().map(Expected::file).toList();
    try (Stream<Path> files = Files.list(corpus())) {
      assertThat(files.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("expected.tsv")))
          .allMatch(listed::contains, "listed in expected.tsv");
    }
    assertThat(listed).filteredOn(name -> !name.startsWith("generated:"))
        .allMatch(name -> Files.isRegularFile(corpus().resolve(name)), "exists");
  }

  /** The documents too big to commit, written at run time. */
  private static Path generate(String name) throws IOException {
    Path file = generated.resolve(name + ".json");
    String head = "{\"format\": \"jixiao/self-evaluation/1\", \"kind\": \"DEPARTMENT_WIDE\", ";
    switch (name) {
      case "deep-nesting" -> Files.writeString(file,
          head + "\"title\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
      case "ten-megabyte-string" -> Files.writeString(file,
          head + "\"title\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}");
      case "thousand-digit-number" -> Files.writeString(file,
          head + "\"budget\": {\"fullYear\": " + "9".repeat(1000) + ", \"executed\": 1}}");
      case "long-field-name" -> Files.writeString(file, head + "\"" + "x".repeat(2000) + "\": 1}");
      case "twenty-megabyte-document" -> {
        try (OutputStream out = Files.newOutputStream(file)) {
          out.write(head.getBytes(StandardCharsets.UTF_8));
          byte[] padding = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < 20; i++) {
            out.write(padding);
          }
          out.write("}".getBytes(StandardCharsets.US_ASCII));
        }
      }
      default -> throw new UncheckedIOException(new IOException("no generator for " + name));
    }
    return file;
  }
}
