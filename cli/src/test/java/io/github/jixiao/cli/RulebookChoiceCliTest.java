package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.Region;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line says which rulebook it chose and why, and takes a bureau's directory. */
class RulebookChoiceCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** The Baiyun report naming no rulebook, of {@code year}. */
  private Path unnamed(int year) throws IOException {
    ObjectNode doc = (ObjectNode) JSON.readTree(Cli.BAIYUN.toFile());
    doc.remove("rulebook");
    doc.put("fiscalYear", year);
    return Files.writeString(dir.resolve("baiyun-" + year + ".json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
  }

  @Test
  void aDocumentNamingNoRulebookIsScoredUnderItsCitysAndTheCardSaysWhy() throws IOException {
    Cli.Run run = Cli.run("score", unnamed(2021).toString());
    assertThat(run.out()).contains("评分办法：gz-dept-2021 广州市2021年度部门整体支出绩效自评表（推定）\n"
        + "  选用理由：gz-dept-2021：适用地区广东省广州市包含单位所在的广东省广州市白云区，"
        + "适用年度（2021 年度）包含 2021 年度，适用于部门整体支出；为 2 个适用的评分办法中最具体的一个\n"
        + "  推定的评分办法：官方评分表未找到，各项分值均为假设（见下方“假设”）");
    assertThat(run.out()).contains("总分 89.72 / 100");
  }

  @Test
  void aYearNoRulebookCoversIsRefusedListingTheCatalogue() throws IOException {
    Path file = unnamed(2012);
    Cli.Run run = Cli.run("score", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    // the department-wide rulebooks of the catalogue, each with its region and years
    assertThat(run.err()).contains(file + ": $.rulebook: 目录中没有适用于 广东省广州市白云区 单位 "
        + "2012 年度部门整体支出的评分办法；目录中有：mof-dept-2013 (2013–)、")
        .contains("gz-dept-2021 (广东省广州市 2021–2021)").contains("或用 --rulebook 指定")
        .doesNotContain("mof-project-2020");
  }

  @Test
  void aBureausDirectoryJoinsTheCatalogueAndItsDistrictRulebookIsChosen() throws IOException {
    Path books = Files.createDirectory(dir.resolve("books"));
    Files.writeString(books.resolve("baiyun.json"), JixiaoJson.standard().write(
        Rulebooks.guangzhouDepartment2021().withId("baiyun-dept-2021").withTitle("白云区评分表")
            .withRegion(Region.of(GovernmentLevel.COUNTY, "广东省", "广州市", "白云区"))));
    Cli.Run run = Cli.run("score", "--rulebooks", books.toString(), unnamed(2021).toString());
    assertThat(run.out()).contains("评分办法：baiyun-dept-2021 白云区评分表\n"
        + "  选用理由：baiyun-dept-2021：适用地区广东省广州市白云区包含单位所在的广东省广州市白云区，"
        + "适用年度（2021 年度）包含 2021 年度，适用于部门整体支出；为 3 个适用的评分办法中最具体的一个");
  }

  @Test
  void aClashOfIdsInTheDirectoryIsRefusedNamingBothFiles() throws IOException {
    Path books = Files.createDirectory(dir.resolve("books"));
    Path mine = Files.writeString(books.resolve("mine.json"),
        JixiaoJson.standard().write(Rulebooks.mofProject2020()));
    Cli.Run run = Cli.run("score", "--rulebooks", books.toString(), Cli.BAIYUN.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--rulebooks " + books + ": 两个评分办法的标识均为“mof-project-2020”："
        + "jixiao-rules:rulebooks/mof-project-2020.json 与 " + mine);
  }
}
