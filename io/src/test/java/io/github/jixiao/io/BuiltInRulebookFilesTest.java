package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built-in rulebooks' JSON files, read by jixiao-io's strict reader (shapes, exact numbers,
 * read limits), are the rulebooks jixiao-rules' catalogue read from them.
 */
class BuiltInRulebookFilesTest {

  private static final Path FOLDER =
      Path.of("../rules/src/main/resources/io/github/jixiao/rules/rulebooks");

  private final JixiaoJson json = JixiaoJson.standard();

  @Test
  void everyBuiltInFileReadsStrictlyAsTheCataloguesRulebookAndRoundTrips() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(FOLDER)) {
      files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSameSizeAs(Rulebooks.all());
    for (Path file : files) {
      Rulebook strict = json.readRulebook(file);
      assertThat(Rulebooks.byId(strict.getId())).as(file.toString()).contains(strict);
      assertThat(json.readRulebook(json.write(strict))).as(file.toString()).isEqualTo(strict);
      assertThat(file.getFileName().toString()).isEqualTo(strict.getId() + ".json");
      // jixiao rulebook check on the shipped file itself: no error, and no warning but the one
      // Yueyang published (资金使用合规性: 5 items at −1 on a weight of 3, line 292)
      assertThat(json.checkRulebook(file).problems()).as(file.toString())
          .extracting(RulebookProblem::code, RulebookProblem::line)
          .isEqualTo(strict.getId().equals("yy-dept") ? List.of(tuple("JXR-303", 292)) : List.of());
    }
  }
}
