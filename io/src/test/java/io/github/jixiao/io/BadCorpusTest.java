package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad corpus ({@code bad/expected.tsv}): every broken document gives one
 * {@link JsonDocumentException} — never another exception, a stack overflow or an out-of-memory —
 * that lists the expected problem at the expected JSON path, read from a String, a stream and a
 * file alike.
 */
class BadCorpusTest {

  /** One line of the manifest. */
  record Expected(String file, JsonProblem.Kind kind, String jsonPath, int line, String fragment,
      DocumentType<?> type) {
    @Override
    public String toString() {
      return file;
    }
  }

  @TempDir
  static Path generated;

  /**
   * Reads one valid and one invalid document first, so that the time guard of each row measures
   * reading it, not the loading of the reader's and the validator's classes.
   */
  /**
   * Loads and warms the reader, so that each row's 2 s bound is the document's own cost and not
   * the JVM's: class loading, Hibernate Validator's start and the compilation of the paths a
   * large refused document takes (a few rounds of a document with 20 000 duplicate duties and of
   * one whose 300 000 tasks are numbers).
   */
  @BeforeAll
  static void loadTheReader() throws IOException {
    JixiaoJson json = JixiaoJson.standard();
    json.readEvaluation(json.write(BaiyunEvaluation.evaluation()));
    catchThrowable(() -> json.readEvaluation(corpus().resolve("negative-money.json")));
    String doc = Files.readString(corpus().resolve("duplicate-duty-code.json"));
    String duty = "{\"code\": \"office-1\", \"text\": \"协调常委会各工作委员会的工作关系\"}";
    String many = doc.replace("      " + duty,
        ("      {\"code\": \"office-1\", \"text\": \"x\"},\n").repeat(20_000) + "      " + duty);
    String flood = "{\"format\": \"jixiao/self-evaluation/1\", \"tasks\": ["
        + "1,".repeat(300_000) + "1]}";
    for (int round = 0; round < 3; round++) {
      catchThrowable(() -> json.readEvaluation(many));
      catchThrowable(() -> json.readEvaluation(flood));
    }
  }

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
            f[3].equals("-") ? 0 : Integer.parseInt(f[3]), f[4],
            f.length > 5 ? type(f[5]) : DocumentType.SELF_EVALUATION));
  }

  /** The document type of a manifest's optional sixth column: {@code monitoring}. */
  private static DocumentType<?> type(String name) {
    return DocumentType.all().stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no document type " + name));
  }

  /** The ways a document enters: {@link JixiaoJson}'s three entry points. */
  enum Entry {
    STRING, STREAM, PATH
  }

  /**
   * One document of the corpus read through one entry point; {@code skipped} says why the
   * combination cannot be run (such a combination is left out of the parameterized test).
   */
  record Case(Expected expected, Entry entry, String skipped) {
    @Override
    public String toString() {
      return expected.file() + " from a " + entry.name().toLowerCase(Locale.ROOT)
          + (skipped == null ? "" : " (skipped: " + skipped + ")");
    }
  }

  /** Every document of the manifest through every entry point, runnable or not. */
  static Stream<Case> combinations() throws IOException {
    return manifest().flatMap(expected -> Stream.of(Entry.values())
        .map(entry -> new Case(expected, entry, entry == Entry.STRING ? noString(expected) : null)));
  }

  /** The combinations that can run; which cannot, and why, is pinned by its own test. */
  static Stream<Case> cases() throws IOException {
    return combinations().filter(c -> c.skipped() == null);
  }

  /**
   * Why a document cannot be given as a String, or null when it can: a String is text, and a
   * file whose bytes are not UTF-8 (GBK, UTF-16) has no text a user would pass that still shows
   * the problem — decoded with its own charset it is a valid document. A file that is UTF-8 is
   * passed as the text it decodes to, a byte-order mark included (as {@code new String(bytes,
   * UTF_8)} keeps it).
   */
  private static String noString(Expected expected) {
    if (expected.file().startsWith("generated:")) {
      return null;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(corpus().resolve(expected.file()))));
      return null;
    } catch (CharacterCodingException e) {
      return "its bytes are not UTF-8, and a String has no bytes";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBadDocumentGivesItsProblemAtItsPathFromEachEntryPoint(Case c) throws IOException {
    Expected expected = c.expected();
    Path file = expected.file().startsWith("generated:")
        ? generate(expected.file().substring("generated:".length()))
        : corpus().resolve(expected.file());

    if (expected.file().startsWith("generated:")) {
      // The previous row's large document is garbage now: collected here, not in this row's 2 s.
      System.gc();
    }
    // Refused in under 2 s (with a heap of 256 MB in the build): never a hang or an out-of-memory.
    Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> catchThrowable(() -> read(c.entry(), file, expected.type())));

    assertThat(thrown).as(c.toString()).isInstanceOf(JsonDocumentException.class);
    JsonDocumentException e = (JsonDocumentException) thrown;
    if (c.entry() == Entry.PATH) {
      assertThat(e.source()).contains(file.toString());
    } else {
      assertThat(e.source()).isEmpty();
    }
    assertThat(e.problems()).as(e.getMessage()).anySatisfy(p -> {
      assertThat(p.kind()).isEqualTo(expected.kind());
      assertThat(p.jsonPath()).isEqualTo(expected.jsonPath());
      if (expected.line() > 0) {
        assertThat(p.line()).isEqualTo(expected.line());
      }
      assertThat(p.message(Locale.ENGLISH)).containsIgnoringCase(expected.fragment());
      assertThat(p.message(Locale.CHINESE)).isNotBlank();
    });
    // Every message is in Jixiao's words: none of Jackson's internals, no raw control character.
    assertThat(e.problems()).allSatisfy(p -> {
      for (String text : new String[] {p.message(Locale.ENGLISH), p.message(Locale.CHINESE),
          p.hint(Locale.ENGLISH).orElse(""), p.hint(Locale.CHINESE).orElse(""), p.jsonPath()}) {
        assertThat(text).doesNotContain("JsonReadFeature", "Feature '", "[Source:", "`",
            "CTRL-CHAR", "Cannot construct instance", "jackson").doesNotContainPattern(
                "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\u202A-\\u202E\\u2066-\\u2069]");
        assertThat(text.length()).isLessThan(2000);
      }
    });
    assertThat(e.problems()).hasSizeLessThanOrEqualTo(1000);
  }

  private static Object read(Entry entry, Path file, DocumentType<?> type) throws IOException {
    JixiaoJson json = JixiaoJson.standard();
    switch (entry) {
      case STRING:
        return json.read(type, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      case STREAM:
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(file))) {
          return json.read(type, in);
        }
      case PATH:
        return json.read(type, file);
      default:
        throw new AssertionError(entry);
    }
  }

  @Test
  void onlyTheFilesThatAreNotUtf8AreNotReadFromAString() throws IOException {
    assertThat(combinations().filter(c -> c.skipped() != null).map(c -> c.expected().file()))
        .containsExactlyInAnyOrder("gbk-invalid-utf8.json", "utf16.json");
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
    if (Files.exists(file)) {
      // Generated once, read through each entry point.
      return file;
    }
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
      // The reproducers of issue 11 too big to commit, as their scripts write them.
      case "D3-path-amplification" -> {
        StringBuilder s = new StringBuilder("{\"format\": \"jixiao/self-evaluation/1\", \"x\": ");
        for (int d = 0; d < 60; d++) {
          s.append("{\"").append(String.format("k%02d", d)).append("x".repeat(997)).append("\":");
        }
        s.append('[').append("0,".repeat(149_999)).append("0]").append("}".repeat(60)).append('}');
        Files.writeString(file, s);
      }
      case "D4-problem-flood" -> Files.writeString(file, "{\"format\": \"jixiao/self-evaluation/1\","
          + " \"tasks\": [" + "1,".repeat(8 * 1024 * 1024 - 41) + "1]}");
      case "million-empty-tasks" -> Files.writeString(file, head + "\"tasks\": ["
          + "{},".repeat(999_999) + "{}]}");
      case "long-unknown-names" -> {
        StringBuilder s = new StringBuilder(head);
        for (int i = 0; i < 15_000; i++) {
          s.append('"').append(String.format("n%05d", i)).append("x".repeat(993)).append("\": 1, ");
        }
        Files.writeString(file, s.append("\"fiscalYear\": 2021}"));
      }
      case "duplicate-duty-codes" -> {
        String doc = Files.readString(corpus().resolve("duplicate-duty-code.json"));
        String duty = "{\"code\": \"office-1\", \"text\": \"协调常委会各工作委员会的工作关系\"}";
        // 200 000 duplicates of duties[0]'s code, with a short text: 8.4 MB, within the limit.
        String copy = "{\"code\": \"office-1\", \"text\": \"x\"}";
        Files.writeString(file, doc.replace("      " + duty,
            ("      " + copy + ",\n").repeat(199_999) + "      " + duty));
      }
      default -> throw new UncheckedIOException(new IOException("no generator for " + name));
    }
    return file;
  }
}
