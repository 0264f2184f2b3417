package io.github.jixiao.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in rulebooks ship as JSON resources, one file each, every one listed and loaded. */
class BuiltInCatalogueTest {

  private static final Path FOLDER = Path.of("src/main/resources/io/github/jixiao/rules/rulebooks");

  @Test
  void everyFileIsListedInTheIndexAndEveryListedFileIsOneRulebookNamedByItsId() throws IOException {
    List<String> files;
    try (Stream<Path> listed = Files.list(FOLDER)) {
      files = listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
          .sorted().toList();
    }
    List<String> index = Files.readAllLines(FOLDER.resolve("index.txt")).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    assertThat(index).doesNotHaveDuplicates();
    assertThat(index.stream().sorted().toList()).isEqualTo(files);
    assertThat(Rulebooks.all()).extracting(r -> r.getId() + ".json").isEqualTo(index);
  }

  @Test
  void theCatalogueSaysWhereEachCameFromAndTheNamedAccessorsFindThem() {
    assertThat(Rulebooks.catalogue().origin("gz-dept-2021"))
        .contains("jixiao-rules:rulebooks/gz-dept-2021.json");
    assertThat(Rulebooks.guangzhouDepartment2021().getId()).isEqualTo("gz-dept-2021");
    assertThat(Rulebooks.mofProject2020().getProvenance().getDocumentNumber())
        .contains("财预〔2020〕10号");
    assertThat(Rulebooks.mofDepartment2013().getProvenance().getIssuer()).contains("财政部");
    // Read once: the same instances every time.
    assertThat(Rulebooks.all().get(0)).isSameAs(Rulebooks.all().get(0));
  }

  @Test
  void aReconstructedRulebookCarriesTheNoticeEveryCardMustShow() {
    Rulebook gz = Rulebooks.guangzhouDepartment2021();
    assertThat(gz.getProvenance().getNotice()).contains("官方评分表未找到，各项分值均为假设");
    assertThat(gz.getRegion().orElseThrow().getDivisions()).containsExactly("广东省", "广州市");
    assertThat(gz.getSplits()).singleElement()
        .satisfies(s -> assertThat(s.getCodes()).containsExactly("1", "2"));
  }
}
