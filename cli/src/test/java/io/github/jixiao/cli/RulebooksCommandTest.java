package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao rulebooks}: the catalogue, a line each, with status, region and years. */
class RulebooksCommandTest {

  @TempDir
  Path dir;

  @Test
  void theCatalogueIsListedWithEachRulebooksStatusRegionYearsAndKind() {
    Cli.Run run = Cli.run("rulebooks");
    assertThat(run.exit()).isZero();
    // Columns are padded to their widest cell; read each row's cells split on runs of spaces.
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l.split(" {2,}")).containsExactly(
        "gz-dept-2021", "推定", "广东省广州市", "2021 年度", "部门整体支出", "广州市2021年度部门整体支出绩效自评表（推定）"));
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l.split(" {2,}")).containsExactly(
        "mof-project-2020", "已确认", "全国", "2020 年度起", "项目支出", "项目支出绩效自评表"));
    assertThat(run.out()).contains("共 " + Rulebooks.all().size() + " 个评分办法");
    // at least ten published methodologies, each row with its status
    long rows = run.outLines().stream().map(l -> l.split(" {2,}"))
        .filter(c -> c.length == 6 && java.util.Set.of("已确认", "部分确认", "推定").contains(c[1]))
        .count();
    assertThat(rows).isEqualTo(Rulebooks.all().size()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void aDirectorysRulebooksAreListedAndOneWithoutARegionIsUsedOnlyWhenNamed() throws IOException {
    Files.writeString(dir.resolve("vendor.json"), JixiaoJson.standard().write(
        Rulebooks.mofProject2020().withId("our-vendor").withRegion(Optional.empty())
            .withFirstYear(Optional.empty())));
    Cli.Run run = Cli.run("rulebooks", "--lang", "en", "--rulebooks", dir.toString());
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l.split(" {2,}")).containsExactly(
        "our-vendor", "confirmed", "only when named", "any year", "project spending",
        "项目支出绩效自评表"));
  }

  @Test
  void asJsonEachRulebookSaysWhereItCameFrom() throws IOException {
    JsonNode all = new ObjectMapper().readTree(Cli.run("rulebooks", "--json").out());
    JsonNode gz = null;
    for (JsonNode r : all) {
      gz = r.path("id").asText().equals("gz-dept-2021") ? r : gz;
    }
    assertThat(gz).isNotNull();
    assertThat(gz.path("status").asText()).isEqualTo("RECONSTRUCTED");
    assertThat(gz.path("region").path("divisions").toString()).isEqualTo("[\"广东省\",\"广州市\"]");
    assertThat(gz.path("firstYear").asInt()).isEqualTo(2021);
    assertThat(gz.path("kinds").toString()).isEqualTo("[\"DEPARTMENT_WIDE\"]");
    assertThat(gz.path("origin").asText()).isEqualTo("jixiao-rules:rulebooks/gz-dept-2021.json");
  }
}
