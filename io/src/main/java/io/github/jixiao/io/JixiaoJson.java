package io.github.jixiao.io;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.lint.RulebookLint;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The way Jixiao documents enter and leave (JSON 读写入口): reads and writes self-evaluations
 * (绩效自评) and the other {@link DocumentType document types} as JSON, from and to strings,
 * streams and files.
 *
 * <pre>{@code
 * JixiaoJson json = JixiaoJson.standard();
 * SelfEvaluation evaluation = json.readEvaluation(Path.of("evaluation.json"));
 * String text = json.write(evaluation);     // {"format": "jixiao/self-evaluation/1", …}
 * }</pre>
 *
 * <p><b>The format.</b> A document is a JSON object whose first field, {@code "format"}, names its
 * type and version ({@code "jixiao/self-evaluation/1"}), beside the value's own fields. Decimals
 * are JSON numbers, written in plain notation exactly as held (3306.10 stays 3306.10, never
 * 3.3061E+3) and read from their text, never through {@code double}. Enum values are their names
 * ({@code "WAN_YUAN"}). An absent optional value and an empty list are left out; {@code null} is
 * never written and never accepted. What Jixiao says in a document (an explanation, a finding's
 * message) is written as its key and arguments and, beside them, rendered in Chinese and English
 * ({@code "rendered"}); reading ignores the rendering.
 *
 * <p><b>Strict reading.</b> A document is read only if it is exactly right; otherwise a
 * {@link JsonDocumentException} lists every {@link JsonProblem} with its JSON path, line and
 * column: syntax, encoding (UTF-8 without BOM), {@link ReadLimits limits}, duplicate keys, the
 * format, unknown fields (with the field meant, when it is a misspelling), wrong types, missing
 * fields, and the domain's own constraints. A failure of the underlying file or stream is a
 * {@link JsonFileException} naming the file and why, the JDK's exception its cause.
 *
 * <p><b>What Jixiao writes, Jixiao reads.</b> A value built through the API may hold what no
 * document read by Jixiao may: a control character other than tab, line feed and carriage return
 * (ESC, DEL, a C1 control), a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069), an
 * unpaired surrogate, or more than the {@link ReadLimits} of this instance allow (a string of more
 * than 100 000 characters, a document of more than 16 MiB by default). The writer refuses it with
 * a {@link JsonWriteException} that names the JSON path of the value
 * ({@code $.department.duties[3].text}), the character and its position or the limit, by the very
 * rules and limits this instance reads with; the document is checked whole in memory before any
 * of it reaches a stream or file. A large score card or check report of a large evaluation can
 * pass the default 16 MiB: write and read it with larger limits,
 * {@code JixiaoJson.builder().limits(new ReadLimits(64L << 20, 64, 100_000, 100, 1000)).build()}.
 *
 * <p>Instances are immutable and thread-safe: build one and share it.
 */
public final class JixiaoJson {

  private static final JixiaoJson STANDARD = new JixiaoJson(ReadLimits.DEFAULT);

  private final Engine engine;
  private final ReadableOutput readable;

  private JixiaoJson(ReadLimits limits) {
    this.engine = new Engine(limits);
    // The reader's own limits instance: what is written is checked by the rules it is read by.
    this.readable = new ReadableOutput(engine.limits());
  }

  /** The standard reader and writer, with {@link ReadLimits#DEFAULT the default limits}. */
  public static JixiaoJson standard() {
    return STANDARD;
  }

  /** A builder, to change the read limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JixiaoJson}, the JSON entry point (JSON 读写入口), with its read limits. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.DEFAULT;

    private Builder() {}

    /**
     * Reads within {@code limits} instead of the defaults, and writes only documents within them:
     * raise them to write (and read back) larger documents.
     */
    public Builder limits(ReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** The reader and writer. */
    public JixiaoJson build() {
      return new JixiaoJson(limits);
    }
  }

  /** The limits this instance reads within, and writes within. */
  public ReadLimits limits() {
    return engine.limits();
  }

  // Self-evaluations.

  /** The self-evaluation in {@code json}. @throws JsonDocumentException if it cannot be read */
  public SelfEvaluation readEvaluation(String json) {
    return read(DocumentType.SELF_EVALUATION, json);
  }

  /** The self-evaluation in {@code in} (UTF-8); the stream is read, not closed. */
  public SelfEvaluation readEvaluation(InputStream in) {
    return read(DocumentType.SELF_EVALUATION, in);
  }

  /** The self-evaluation in {@code file} (UTF-8); problems name the file. */
  public SelfEvaluation readEvaluation(Path file) {
    return read(DocumentType.SELF_EVALUATION, file);
  }

  /** {@code evaluation} as a {@code jixiao/self-evaluation/1} document. */
  public String write(SelfEvaluation evaluation) {
    return write(DocumentType.SELF_EVALUATION, evaluation);
  }

  // Many self-evaluations: JSON Lines.

  /** The self-evaluations of {@code in}, one a line (JSON Lines): {@link DocumentLines}. */
  public DocumentLines<SelfEvaluation> evaluations(InputStream in) {
    return lines(DocumentType.SELF_EVALUATION, in);
  }

  /** The self-evaluations of {@code file} ({@code .jsonl}), one a line: {@link DocumentLines}. */
  public DocumentLines<SelfEvaluation> evaluations(Path file) {
    return lines(DocumentType.SELF_EVALUATION, file);
  }

  /** {@code evaluation} as a line of JSON Lines, ending in a line feed. */
  public String writeLine(SelfEvaluation evaluation) {
    return writeLine(DocumentType.SELF_EVALUATION, evaluation);
  }

  // Rulebooks, score cards and check reports.

  /** The rulebook in {@code json}, with its rules by type id and parameters. */
  public Rulebook readRulebook(String json) {
    return read(DocumentType.RULEBOOK, json);
  }

  /** The rulebook in {@code file} (UTF-8); problems name the file. */
  public Rulebook readRulebook(Path file) {
    return read(DocumentType.RULEBOOK, file);
  }

  /** {@code rulebook} as a {@code jixiao/rulebook/1} document. */
  public String write(Rulebook rulebook) {
    return write(DocumentType.RULEBOOK, rulebook);
  }

  /**
   * Checks the rulebook in {@code file} (评分办法检查, {@code jixiao rulebook check}) for the
   * built-in rules: see {@link #checkRulebook(Path, Scorer, RulebookLint)}.
   */
  public RulebookCheck checkRulebook(Path file) {
    return checkRulebook(file, Scorer.standard(), RulebookLint.standard());
  }

  /**
   * Checks the rulebook in {@code file} for {@code scorer}: the problems of strict reading and
   * building, as {@link #readRulebook(Path)} would throw them; or, if it builds, those of {@link
   * Scorer#verify} and of {@code lint}, each placed at its line and column in the file.
   *
   * @throws JsonFileException if the file does not exist, is not a regular file (a directory, a
   *     named pipe) or cannot be read
   */
  public RulebookCheck checkRulebook(Path file, Scorer scorer, RulebookLint lint) {
    Objects.requireNonNull(scorer, "scorer");
    Objects.requireNonNull(lint, "lint");
    return RulebookFileCheck.of(engine, file, scorer, lint);
  }

  /** As {@link #checkRulebook(Path, Scorer, RulebookLint)}, for the document {@code json}. */
  public RulebookCheck checkRulebook(String json, Scorer scorer, RulebookLint lint) {
    return RulebookFileCheck.of(engine, Objects.requireNonNull(json, "json"),
        Objects.requireNonNull(scorer, "scorer"), Objects.requireNonNull(lint, "lint"));
  }

  /**
   * The score card in {@code json}: a {@code jixiao/score-card/4}, {@code /3} or {@code /2}
   * document, or a {@code jixiao/score-card/1} one, whose explanations are read as messages.
   */
  public ScoreCard readScoreCard(String json) {
    return read(DocumentType.SCORE_CARD, json);
  }

  /** The score card in {@code file} (UTF-8); problems name the file. */
  public ScoreCard readScoreCard(Path file) {
    return read(DocumentType.SCORE_CARD, file);
  }

  /** {@code card} as a {@code jixiao/score-card/4} document. */
  public String write(ScoreCard card) {
    return write(DocumentType.SCORE_CARD, card);
  }

  /**
   * The check report in {@code json}: a {@code jixiao/check-report/4} or {@code /3} document, or
   * a {@code jixiao/check-report/2} or {@code /1} one, whose words per language are read as
   * messages (and a version 1 report's bare finding paths from the root).
   */
  public CheckReport readCheckReport(String json) {
    return read(DocumentType.CHECK_REPORT, json);
  }

  /** The check report in {@code file} (UTF-8); problems name the file. */
  public CheckReport readCheckReport(Path file) {
    return read(DocumentType.CHECK_REPORT, file);
  }

  /** {@code report} as a {@code jixiao/check-report/4} document. */
  public String write(CheckReport report) {
    return write(DocumentType.CHECK_REPORT, report);
  }

  // Any document type.

  /** The document of type {@code type} in {@code json}. @throws JsonDocumentException if bad */
  public <T> T read(DocumentType<T> type, String json) {
    return engine.read(type, Objects.requireNonNull(json, "json"), null);
  }

  /**
   * The document of type {@code type} in {@code in} (UTF-8); the stream is read, not closed.
   *
   * @throws JsonDocumentException if it cannot be read as that document
   * @throws JsonFileException if the stream fails
   */
  public <T> T read(DocumentType<T> type, InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      return engine.read(type, in, null);
    } catch (UncheckedIOException e) {
      throw JsonFileException.streamUnreadable(e.getCause());
    }
  }

  /**
   * The document of type {@code type} in {@code file} (UTF-8); problems name the file.
   *
   * @throws JsonDocumentException if it cannot be read as that document
   * @throws JsonFileException if the file does not exist, is a directory or cannot be read
   */
  public <T> T read(DocumentType<T> type, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return engine.read(type, in, file.toString());
    } catch (IOException e) {
      throw JsonFileException.unreadable(file, e);
    } catch (UncheckedIOException e) {
      throw JsonFileException.unreadable(file, e.getCause());
    }
  }

  /**
   * The documents of type {@code type} in {@code in}, one a line (JSON Lines, UTF-8), each read
   * as {@link #read(DocumentType, InputStream)} reads one: see {@link DocumentLines}. The stream
   * is read as the documents are, and not closed.
   */
  public <T> DocumentLines<T> lines(DocumentType<T> type, InputStream in) {
    return new DocumentLines<>(engine, Objects.requireNonNull(type, "type"),
        Objects.requireNonNull(in, "in"), null);
  }

  /**
   * The documents of type {@code type} in {@code file}, one a line: see {@link DocumentLines};
   * problems name the file. Close it to close the file.
   *
   * @throws JsonFileException if the file does not exist, is a directory or cannot be read
   */
  public <T> DocumentLines<T> lines(DocumentType<T> type, Path file) {
    Objects.requireNonNull(type, "type");
    try {
      return new DocumentLines<>(engine, type, Files.newInputStream(file), file);
    } catch (IOException e) {
      throw JsonFileException.unreadable(file, e);
    }
  }

  /**
   * The document in {@code file}, of whichever type its {@code "format"} names: a
   * {@link SelfEvaluation} for {@code jixiao/self-evaluation/1}. For tools that take any document.
   */
  public Object readAny(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return engine.readAny(in, file.toString());
    } catch (IOException e) {
      throw JsonFileException.unreadable(file, e);
    } catch (UncheckedIOException e) {
      throw JsonFileException.unreadable(file, e.getCause());
    }
  }

  /** The document in {@code json}, of whichever type its {@code "format"} names. */
  public Object readAny(String json) {
    return engine.readAny(Objects.requireNonNull(json, "json"), null);
  }

  /**
   * {@code value} as a document of type {@code type}: pretty-printed, ending in a newline. Every
   * write method comes here, and the text is returned (or encoded for a stream or file) only once
   * it is known to be readable by this instance.
   *
   * @throws JsonWriteException if this instance would refuse to read the document: see
   *     <i>What Jixiao writes, Jixiao reads</i> above
   */
  public <T> String write(DocumentType<T> type, T value) {
    String text = engine.write(type, Objects.requireNonNull(value, "value"));
    readable.check(type, text);
    return text;
  }

  /**
   * {@code value} as a line of JSON Lines: the document {@link #write(DocumentType, Object)}
   * writes, checked as it is, on one line and ending in a line feed — for {@link DocumentLines}.
   *
   * @throws JsonWriteException if this instance would refuse to read the document
   */
  public <T> String writeLine(DocumentType<T> type, T value) {
    return DocumentLines.oneLine(write(type, value));
  }

  /**
   * Writes {@code value} as a document of type {@code type} to {@code out}, in UTF-8; the stream
   * is flushed, not closed. The whole document is written to memory and checked first, so
   * nothing reaches {@code out} unless all of it can be written and read back.
   *
   * @throws JsonWriteException if this instance would refuse to read the document (an unpaired
   *     surrogate, which cannot be UTF-8, among them): nothing is written, nothing replaced
   * @throws JsonFileException if the stream fails
   */
  public <T> void write(DocumentType<T> type, T value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    ByteBuffer bytes = utf8(type, write(type, value));
    try {
      out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      out.flush();
    } catch (IOException e) {
      throw JsonFileException.streamUnwritable(e);
    }
  }

  /**
   * Writes {@code value} as a document of type {@code type} to {@code file}, in UTF-8, through
   * {@link #write(DocumentType, Object, OutputStream)}; the file is opened only once the document
   * is written to memory, checked and encoded, so a value that cannot be written leaves it
   * untouched.
   *
   * @throws JsonWriteException if this instance would refuse to read the document
   * @throws JsonFileException if the file is a directory or cannot be written
   */
  public <T> void write(DocumentType<T> type, T value, Path file) {
    Objects.requireNonNull(file, "file");
    ByteBuffer bytes = utf8(type, write(type, value));
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    } catch (IOException e) {
      throw JsonFileException.unwritable(file, e);
    }
  }

  /** {@code text} in UTF-8, encoded strictly: an unpaired surrogate is an error, never a '?'. */
  private static ByteBuffer utf8(DocumentType<?> type, String text) {
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer in = CharBuffer.wrap(text);
    ByteBuffer out = ByteBuffer.allocate(utf8Capacity(type, text));
    CoderResult result = encoder.encode(in, out, true);
    if (!result.isError()) {
      result = encoder.flush(out);
    }
    if (result.isError()) {
      // ReadableOutput refuses every unpaired surrogate first: this is a bug of Jixiao's.
      throw new IllegalStateException("an unpaired surrogate passed the check of " + type.name()
          + " at character " + (in.position() + 1));
    }
    if (result.isOverflow()) {
      throw new IllegalStateException("UTF-8 of " + type.name() + " beyond its capacity");
    }
    return out.flip();
  }

  /** Room for {@code text} in UTF-8: its exact length. */
  private static int utf8Capacity(DocumentType<?> type, String text) {
    long length = Utf8.length(text);
    if (length > Integer.MAX_VALUE - 16) {
      throw new JsonWriteException(type.name(), new JsonProblem(JsonProblem.Kind.LIMIT, "$", 0, 0,
          Message.of("io.write.too-large", Argument.number("bytes", length),
              Argument.number("most", Integer.MAX_VALUE - 16L))));
    }
    return (int) length;
  }

  /**
   * The JSON Schema (draft 2020-12) of documents of type {@code type}, as shipped in the jar at
   * {@link DocumentType#schemaResource()}: for editors and for systems that validate documents
   * before they reach Jixiao. Reading with {@code JixiaoJson} checks more (cross-field rules).
   */
  public static String schema(DocumentType<?> type) {
    try (InputStream in = JixiaoJson.class.getResourceAsStream(type.schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("no schema resource " + type.schemaResource());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
