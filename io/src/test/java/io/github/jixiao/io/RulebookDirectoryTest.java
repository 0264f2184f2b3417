package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.rules.RulebookCatalogue;
import io.github.jixiao.rules.RulebookCatalogueException;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.Region;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bureau's directory of rulebooks joins the catalogue; a clash names both files. */
class RulebookDirectoryTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final JixiaoJson json = JixiaoJson.standard();

  @TempDir
  Path dir;

  private Path write(String name, Rulebook rulebook) throws IOException {
    return Files.writeString(dir.resolve(name), json.write(rulebook));
  }

  @Test
  void aDirectorysRulebooksJoinTheBuiltInOnesAndTheMostSpecificRegionIsChosen()
      throws IOException {
    Rulebook baiyun = Rulebooks.guangzhouDepartment2021().withId("baiyun-dept-2021")
        .withRegion(Region.of(GovernmentLevel.COUNTY, "广东省", "广州市", "白云区"));
    Path file = write("baiyun.json", baiyun);
    Files.writeString(dir.resolve("notes.txt"), "not a rulebook, not read");
    RulebookCatalogue joined = RulebookDirectory.join(dir);
    assertThat(joined.all()).hasSize(Rulebooks.all().size() + 1);
    assertThat(joined.origin("baiyun-dept-2021")).contains(file.toString());
    assertThat(joined.forEvaluation(BaiyunEvaluation.evaluation().withRulebook(Optional.empty()))
        .rulebook().getId()).isEqualTo("baiyun-dept-2021");
  }

  @Test
  void aRulebookWhoseIdIsTakenIsRefusedNamingBothFiles() throws IOException {
    Path first = write("a.json", Rulebooks.mofProject2020().withId("ours"));
    Path second = write("b.json", Rulebooks.mofDepartment2013().withId("ours"));
    assertThatThrownBy(() -> RulebookDirectory.join(dir))
        .isInstanceOfSatisfying(RulebookCatalogueException.class, e -> assertThat(e.message(ZH))
            .isEqualTo("两个评分办法的标识均为“ours”：" + first + " 与 " + second
                + "；请为其中一个另取标识"));
    Files.delete(second);
    write("b.json", Rulebooks.mofProject2020());
    assertThatThrownBy(() -> RulebookDirectory.join(dir))
        .isInstanceOfSatisfying(RulebookCatalogueException.class, e -> assertThat(e.message(ZH))
            .contains("jixiao-rules:rulebooks/mof-project-2020.json 与 " + dir.resolve("b.json")));
  }

  @Test
  void aBrokenFileStopsTheJoiningWithItsProblemAtItsLineAndFile() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"),
        "{\n  \"format\": \"jixiao/rulebook/1\",\n  \"id\": 7\n}\n");
    assertThatThrownBy(() -> RulebookDirectory.join(dir))
        .isInstanceOfSatisfying(JsonDocumentException.class, e -> {
          assertThat(e.source()).contains(bad.toString());
          assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.jsonPath()).isEqualTo("$.id");
            assertThat(p.line()).isEqualTo(3);
          });
        });
  }

  @Test
  void aPathThatIsNotADirectoryIsSaidSo() throws IOException {
    Path file = Files.writeString(dir.resolve("x.json"), "{}");
    assertThatThrownBy(() -> RulebookDirectory.join(file))
        .isInstanceOfSatisfying(JsonFileException.class, e -> assertThat(e.message(ZH))
            .endsWith("这是文件，不是目录"));
    assertThatThrownBy(() -> RulebookDirectory.join(dir.resolve("none")))
        .isInstanceOfSatisfying(JsonFileException.class, e -> assertThat(e.message(ZH))
            .endsWith("文件不存在"));
  }
}
