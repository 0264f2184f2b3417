package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.lint.LintProblem;
import io.github.jixiao.rules.lint.RulebookLint;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code jixiao rulebook check}'s corpus ({@code broken-rulebooks/expected.tsv}): every broken
 * rulebook, each {@code clean.json} changed in one way, reports the problem it must — its code,
 * its message key (or its kind, for a syntax error), its JSON path, its line and its severity —
 * and nothing else; the clean one, and a built-in rulebook written by {@link JixiaoJson}, report
 * nothing.
 */
class BrokenRulebooksTest {

  private static final JixiaoJson JSON = JixiaoJson.standard();

  /** One row of the manifest. */
  record Expected(String file, String code, String keyOrKind, String jsonPath, int line,
      Severity severity) {
    @Override
    public String toString() {
      return file + " " + code + " " + jsonPath;
    }
  }

  static Path corpus() {
    try {
      return Path.of(BrokenRulebooksTest.class.getResource("/broken-rulebooks/expected.tsv")
          .toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Expected> expected() {
    try {
      return Files.readAllLines(corpus().resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t"))
          .map(f -> new Expected(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]),
              f[5].equals("E") ? Severity.ERROR : Severity.WARNING))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<Expected>> byFile() {
    return expected().stream().collect(Collectors.groupingBy(Expected::file));
  }

  /** Whether {@code message}, or a message nested in its arguments, has {@code key}. */
  private static boolean says(Message message, String key) {
    return message.getKey().equals(key) || message.getArguments().stream()
        .map(Argument::getMessage).flatMap(Optional::stream)
        .anyMatch(m -> says(m, key));
  }

  private static boolean matches(RulebookProblem p, Expected e) {
    boolean said = e.keyOrKind().contains(".") ? says(p.message(), e.keyOrKind())
        : p.problem().kind().name().equals(e.keyOrKind());
    return p.code().equals(e.code()) && said && p.jsonPath().equals(e.jsonPath())
        && p.line() == e.line() && p.severity() == e.severity();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void eachBrokenRulebookReportsItsProblemAtItsPathAndLine(Expected e) {
    RulebookCheck check = JSON.checkRulebook(corpus().resolve(e.file()));

    assertThat(check.problems()).as(check.describe(Locale.ENGLISH))
        .anySatisfy(p -> assertThat(matches(p, e)).isTrue());
  }

  @Test
  void eachBrokenRulebookReportsNothingElseAndIsRefusedExactlyWhenItHasAnError() {
    byFile().forEach((file, rows) -> {
      RulebookCheck check = JSON.checkRulebook(corpus().resolve(file));
      assertThat(check.problems()).as(file + "\n" + check.describe(Locale.ENGLISH))
          .allSatisfy(p -> assertThat(rows).anySatisfy(e -> assertThat(matches(p, e)).isTrue()))
          .hasSize(rows.size());
      assertThat(check.hasErrors()).as(file)
          .isEqualTo(rows.stream().anyMatch(e -> e.severity() == Severity.ERROR));
      assertThat(check.source()).contains(corpus().resolve(file).toString());
    });
  }

  @Test
  void theCorpusHasTwentyFiveBrokenRulebooksAtLeastEveryOneListed() throws IOException {
    Set<String> listed = byFile().keySet();
    try (Stream<Path> files = Files.list(corpus())) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json"))
          .filter(f -> !f.equals("clean.json"))).containsExactlyInAnyOrderElementsOf(listed);
    }
    assertThat(listed).hasSizeGreaterThanOrEqualTo(25);
  }

  @Test
  void theCleanRulebookHasNoProblem() {
    RulebookCheck check = JSON.checkRulebook(corpus().resolve("clean.json"));

    assertThat(check.problems()).isEmpty();
    assertThat(check.hasErrors()).isFalse();
    assertThat(check.rulebook()).hasValueSatisfying(b ->
        assertThat(b.getId()).isEqualTo("yueyang-lite"));
    assertThat(check.summary().render(Locale.ENGLISH)).isEqualTo("no problem found");
    assertThat(check.summary().render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("未发现问题");
  }

  @Test
  void aBuiltInRulebookWrittenByJixiaoHasNoProblemButThePublishedOneOfYueyang(@TempDir Path dir) {
    for (Rulebook book : Rulebooks.all()) {
      Path file = dir.resolve(book.getId() + ".json");
      JSON.write(DocumentType.RULEBOOK, book, file);
      // Yueyang's published 资金使用合规性: 5 items at −1 each on a weight of 3 (methodology.md)
      // can take more than the weight: a warning, kept because it is what was published.
      assertThat(JSON.checkRulebook(file).problems()).as(book.getId())
          .extracting(RulebookProblem::code, RulebookProblem::jsonPath)
          .isEqualTo(book.getId().equals("yy-dept")
              ? List.of(tuple("JXR-303", "$.indicators[10].rule.params.perItem")) : List.of());
    }
  }

  @Test
  void aProblemIsPrintedAsACompilerPrintsOne() {
    Path file = corpus().resolve("bands-start-at-60.json");
    RulebookCheck check = JSON.checkRulebook(file);

    // Line 44 is the first band's "{", indented by ten spaces.
    assertThat(check.problems()).singleElement().satisfies(p -> {
      assertThat(p.column()).isEqualTo(11);
      assertThat(p.describe(file.toString(), Locale.ENGLISH)).isEqualTo(file + ":44:11: error "
          + "JXR-201: $.indicators[2].rule.bands[0]: indicator '1.2' (重点支出安排率): a value "
          + "in [0, 60) lies in no band, and the rule refuses it with 0 points; start the first "
          + "band at 0, including it, or leave out its 'from'");
      assertThat(p.describe(null, Locale.SIMPLIFIED_CHINESE)).startsWith("44:11: 错误 JXR-201: "
          + "$.indicators[2].rule.bands[0]: 指标“1.2”（重点支出安排率）：取值在 [0, 60) 内的");
    });
    assertThat(check.summary().render(Locale.ENGLISH)).isEqualTo("errors: 1, warnings: 0");
    assertThat(check.summary().render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("错误 1 个，警告 0 个");
  }

  @Test
  void aDocumentInAStringIsCheckedAsAFileIs() throws IOException {
    Path file = corpus().resolve("threshold-step-exceeds.json");
    RulebookCheck fromText = JSON.checkRulebook(Files.readString(file), Scorer.standard(),
        RulebookLint.standard());

    assertThat(fromText.source()).isEmpty();
    assertThat(fromText.problems()).isEqualTo(JSON.checkRulebook(file).problems());
  }

  @Test
  void aFileThatIsNotThereIsAFileProblemNotARulebooks() {
    Path missing = corpus().resolve("no-such-rulebook.json");
    assertThatThrownBy(() -> JSON.checkRulebook(missing)).isInstanceOf(JsonFileException.class);
  }

  @Test
  void aNamedPipeOrADirectoryIsRefusedWithoutBeingRead(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> JSON.checkRulebook(dir))
        .isInstanceOfSatisfying(JsonFileException.class, e ->
            assertThat(e.message(Locale.ENGLISH)).endsWith("it is a directory, not a file"));
    Path fifo = dir.resolve("pipe.json");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    // Reading it would block until something writes to the pipe: it is not opened.
    assertThatThrownBy(() -> JSON.checkRulebook(fifo))
        .isInstanceOfSatisfying(JsonFileException.class, e -> assertThat(e.message(Locale.ENGLISH))
            .endsWith("it is not a regular file (a named pipe or a device)"));
  }

  @Test
  void aProblemOfOnesOwnCheckIsPlacedInTheFileToo() {
    // A bureau's rule: every leaf states its 评分标准 in a description; 1.1's "{" is on line 17.
    RulebookLint described = RulebookLint.standard().with("described", (book, scorer, out) -> {
      if (book.getIndicators().get(1).getDescription().isEmpty()) {
        out.accept(new LintProblem("BUREAU-1", Severity.WARNING, "$.indicators[1].description",
            Message.custom("bureau.no-criteria", "未写明评分标准", "no scoring criteria written")));
      }
    });
    RulebookCheck check = JSON.checkRulebook(corpus().resolve("clean.json"), Scorer.standard(),
        described);

    assertThat(check.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("BUREAU-1");
      assertThat(p.line()).isEqualTo(17);
      assertThat(p.column()).isEqualTo(5);
    });
    assertThat(check.hasErrors()).isFalse();
  }
}
