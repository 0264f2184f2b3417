package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.SelfEvaluation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading many self-evaluations from JSON Lines ({@link DocumentLines}): every document read as
 * {@code readEvaluation} reads one, a bad one named by its line and, inside it, by JSON path, line
 * and column, in both languages; the caller stops or goes on; blank lines, line ends, a
 * byte-order mark, a cut last line and a line beyond the limit; two threads sharing one input.
 */
class DocumentLinesTest {

  private static final JixiaoJson JSON = JixiaoJson.standard();
  private static final SelfEvaluation BAIYUN = BaiyunEvaluation.evaluation();
  /** The Baiyun 2021 evaluation on one line, ending in a line feed. */
  private static final String LINE = JSON.writeLine(BAIYUN);
  /** The same, with the executed amount negative: $.budget.executed breaks its constraint. */
  private static final String NEGATIVE = LINE.replace("\"executed\": 3212.37",
      "\"executed\": -3212.37");

  @TempDir
  Path folder;

  private static DocumentLines<SelfEvaluation> lines(String text) {
    return JSON.evaluations(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<DocumentLine<SelfEvaluation>> all(String text) {
    try (DocumentLines<SelfEvaluation> lines = lines(text)) {
      return lines.stream().toList();
    }
  }

  @Test
  void aBadSecondLineIsNamedByItsLineAndPathAndTheThirdIsStillRead() {
    assertThat(NEGATIVE).isNotEqualTo(LINE);
    int column = NEGATIVE.indexOf("-3212.37") + 1;

    List<DocumentLine<SelfEvaluation>> read = all(LINE + NEGATIVE + LINE);

    assertThat(read).extracting(DocumentLine::line).containsExactly(1L, 2L, 3L);
    assertThat(read.get(0).value()).contains(BAIYUN);
    assertThat(read.get(2).value()).contains(BAIYUN);
    JsonLineException e = read.get(1).problem().orElseThrow();
    assertThat(read.get(1).isRead()).isFalse();
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.document()).isEqualTo(2);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.INVALID_VALUE);
      assertThat(p.jsonPath()).isEqualTo("$.budget.executed");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isEqualTo(column);
    });
    assertThat(e.getMessage()).isEqualTo("line 2 (document 2): cannot read self-evaluation"
        + " (1 problem)\n  line 1, column " + column + ", $.budget.executed: "
        + e.problems().get(0).message(Locale.ENGLISH));
    assertThat(e.message(Locale.CHINESE)).startsWith("第 2 行（第 2 个文档）：无法读取"
        + " self-evaluation（1 个问题）\n  第 1 行第 " + column + " 列，$.budget.executed：");
    assertThat(e.problems().get(0).message(Locale.ENGLISH)).contains("greater than or equal to 0");
  }

  @Test
  void valuesStopAtTheFirstDocumentThatCannotBeRead() {
    List<SelfEvaluation> before = new ArrayList<>();

    JsonLineException e;
    try (Stream<SelfEvaluation> values = lines(LINE + NEGATIVE + LINE).values()) {
      e = catchThrowableOfType(JsonLineException.class, () -> values.forEach(before::add));
    }

    assertThat(before).containsExactly(BAIYUN);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem().problems()).extracting(JsonProblem::jsonPath)
        .containsExactly("$.budget.executed");
  }

  @Test
  void blankLinesAreSkippedAndCountOnlyForTheLineNumbers() {
    List<DocumentLine<SelfEvaluation>> read = all("\n" + LINE + "\n \t\n\r\n" + NEGATIVE + "\n");

    assertThat(read).extracting(DocumentLine::line).containsExactly(2L, 6L);
    assertThat(read).extracting(DocumentLine::document).containsExactly(1L, 2L);
    assertThat(read.get(1).problem().orElseThrow().getMessage())
        .startsWith("line 6 (document 2): ");
    assertThat(all("")).isEmpty();
    assertThat(all("\n\n")).isEmpty();
  }

  @Test
  void windowsLineEndsAndALastLineWithoutOneAreRead() {
    String crlf = LINE.replace("\n", "\r\n");

    List<DocumentLine<SelfEvaluation>> read = all(crlf + crlf + LINE.strip());

    assertThat(read).hasSize(3).allSatisfy(line -> assertThat(line.value()).contains(BAIYUN));
  }

  @Test
  void aTruncatedLastLineIsRefusedAsEndingTooEarly() {
    List<DocumentLine<SelfEvaluation>> read = all(LINE + LINE.substring(0, LINE.length() / 2));

    assertThat(read.get(0).isRead()).isTrue();
    assertThat(read.get(1).problem().orElseThrow().problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.SYNTAX);
      assertThat(p.message(Locale.ENGLISH)).contains("ends too early");
      assertThat(p.message(Locale.CHINESE)).contains("提前结束");
    });
  }

  @Test
  void aByteOrderMarkIsTheFirstLinesProblemAsInASingleDocument() {
    List<DocumentLine<SelfEvaluation>> read = all("\uFEFF" + LINE + LINE);

    JsonLineException e = read.get(0).problem().orElseThrow();
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.ENCODING);
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isEqualTo(1);
      assertThat(p.hint(Locale.ENGLISH)).contains("save it as UTF-8 without BOM");
    });
    assertThat(read.get(1).value()).contains(BAIYUN);
  }

  @Test
  void aLineBeyondTheDocumentLimitIsRefusedWithoutBeingHeld() {
    // 100 000 bytes a document; a line of 512 MiB, twice the tests' heap, then a good document.
    JixiaoJson small = JixiaoJson.builder()
        .limits(new ReadLimits(100_000, 64, 100_000, 100, 1000)).build();
    long huge = 512L << 20;
    InputStream in = new SequenceInputStream(new Repeated((byte) 'x', huge),
        new ByteArrayInputStream(("\n" + LINE).getBytes(StandardCharsets.UTF_8)));

    List<DocumentLine<SelfEvaluation>> read = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> {
          try (DocumentLines<SelfEvaluation> lines = small.evaluations(in)) {
            return lines.stream().toList();
          }
        });

    assertThat(read).hasSize(2);
    assertThat(read.get(0).problem().orElseThrow().problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.LIMIT);
      assertThat(p.jsonPath()).isEqualTo("$");
      assertThat(p.message(Locale.ENGLISH))
          .isEqualTo("the document is larger than the limit of 100000 bytes");
    });
    assertThat(read.get(1).value()).contains(BAIYUN);
  }

  @Test
  void aLineOfExactlyTheLimitIsReadAndOneByteMoreIsNot() {
    int length = LINE.getBytes(StandardCharsets.UTF_8).length - 1;
    JixiaoJson exact = JixiaoJson.builder()
        .limits(new ReadLimits(length, 64, 100_000, 100, 1000)).build();
    JixiaoJson less = JixiaoJson.builder()
        .limits(new ReadLimits(length - 1, 64, 100_000, 100, 1000)).build();
    byte[] crlf = LINE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

    for (JixiaoJson json : List.of(exact, less)) {
      try (DocumentLines<SelfEvaluation> lines = json.evaluations(new ByteArrayInputStream(crlf))) {
        assertThat(lines.read().orElseThrow().isRead()).isEqualTo(json == exact);
      }
    }
  }

  @Test
  void twoThreadsSharingTheInputReadEachDocumentOnce() throws Exception {
    int count = 300;
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      text.append(i % 50 == 0 ? NEGATIVE : LINE);
    }
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    AtomicInteger reads = new AtomicInteger();
    List<Long> refused = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    try (DocumentLines<SelfEvaluation> lines = lines(text.toString())) {
      Runnable reader = () -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        for (var line = lines.read(); line.isPresent(); line = lines.read()) {
          reads.incrementAndGet();
          seen.add(line.get().line());
          line.get().problem().ifPresent(p -> refused.add(p.line()));
        }
      };
      Thread one = new Thread(reader);
      Thread two = new Thread(reader);
      one.start();
      two.start();
      start.countDown();
      one.join();
      two.join();
    }

    assertThat(reads).hasValue(count);
    assertThat(seen).hasSize(count);
    assertThat(refused).containsExactlyInAnyOrder(50L, 100L, 150L, 200L, 250L, 300L);
  }

  @Test
  void aParallelStreamReadsEachDocumentOnce() {
    String text = (LINE + LINE + NEGATIVE).repeat(40);

    List<Long> lines;
    try (Stream<DocumentLine<SelfEvaluation>> all = lines(text).stream()) {
      lines = all.parallel().map(DocumentLine::line).collect(Collectors.toList());
    }

    assertThat(lines).hasSize(120).doesNotHaveDuplicates();
    assertThat(lines).allMatch(line -> line >= 1 && line <= 120);
  }

  @Test
  void writeLineWritesTheDocumentsTokensOnOneLine() throws IOException {
    ObjectMapper mapper = new ObjectMapper();

    assertThat(LINE).endsWith("\n");
    assertThat(LINE.indexOf('\n')).isEqualTo(LINE.length() - 1);
    assertThat(mapper.readTree(LINE)).isEqualTo(mapper.readTree(JSON.write(BAIYUN)));
    assertThat(JSON.readEvaluation(LINE)).isEqualTo(BAIYUN);
  }

  @Test
  void aFileIsNamedInEveryProblemAndClosedWithTheReader() throws IOException {
    Path file = folder.resolve("evaluations.jsonl");
    Files.writeString(file, LINE + NEGATIVE);
    int column = NEGATIVE.indexOf("-3212.37") + 1;

    List<DocumentLine<SelfEvaluation>> read;
    try (DocumentLines<SelfEvaluation> lines = JSON.evaluations(file)) {
      read = lines.stream().toList();
      assertThat(lines.read()).isEmpty();
    }

    JsonLineException e = read.get(1).problem().orElseThrow();
    assertThat(e.source()).contains(file.toString());
    assertThat(e.describe(Locale.ENGLISH)).isEqualTo(file + ", line 2 (document 2): line 1,"
        + " column " + column + ", $.budget.executed: "
        + e.problems().get(0).message(Locale.ENGLISH));
    assertThat(e.describe(Locale.CHINESE)).startsWith(file + " 第 2 行（第 2 个文档）：第 1 行第 "
        + column + " 列，$.budget.executed：");
    // Closed: the file can be deleted, and nothing more is read.
    Files.delete(file);
  }

  @Test
  void aMissingFileOrAFailingStreamIsAFileProblemNotADocumentProblem() {
    JsonFileException missing = catchThrowableOfType(JsonFileException.class,
        () -> JSON.evaluations(folder.resolve("none.jsonl")));
    InputStream failing = new SequenceInputStream(
        new ByteArrayInputStream(LINE.getBytes(StandardCharsets.UTF_8)), new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        });

    List<SelfEvaluation> before = new ArrayList<>();
    JsonFileException failed;
    try (DocumentLines<SelfEvaluation> lines = JSON.evaluations(failing)) {
      failed = catchThrowableOfType(JsonFileException.class,
          () -> lines.values().forEach(before::add));
    }

    assertThat(missing.getMessage()).endsWith("none.jsonl: no such file");
    assertThat(before).containsExactly(BAIYUN);
    assertThat(failed.getMessage()).isEqualTo("cannot read the document: the stream failed");
    assertThat(failed.getCause()).hasMessage("disk gone");
  }

  @Test
  void aLineProblemSurvivesJavaSerialization() throws Exception {
    JsonLineException e = all(NEGATIVE).get(0).problem().orElseThrow();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    JsonLineException back;
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (JsonLineException) in.readObject();
    }

    assertThat(back.getMessage()).isEqualTo(e.getMessage());
    assertThat(back.line()).isEqualTo(1);
    assertThat(back.problems()).isEqualTo(e.problems());
  }

  /** {@code length} copies of one byte, made as they are read: nothing held. */
  private static final class Repeated extends InputStream {
    private final byte value;
    private long left;

    Repeated(byte value, long length) {
      this.value = value;
      this.left = length;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      Arrays.fill(b, off, off + n, value);
      left -= n;
      return n;
    }
  }
}
