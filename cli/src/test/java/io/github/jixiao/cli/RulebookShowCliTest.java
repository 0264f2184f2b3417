package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code jixiao rulebook show}: the tree with weights, the rules in words, the assumptions. */
class RulebookShowCliTest {

  @Test
  void guangzhouShowsItsTreeItsRulesInWordsAndWhatItAssumes() {
    Cli.Run run = Cli.run("rulebook", "show", "gz-dept-2021");
    assertThat(run.exit()).isZero();
    assertThat(run.outLines()).contains(
        "gz-dept-2021 广州市2021年度部门整体支出绩效自评表（推定）",
        "适用：部门整体支出绩效自评；地区：广东省广州市；年度：2021 年度",
        "来源状态：推定：官方评分表未找到，各项分值均为假设",
        "等级：优 90–100，良 80–<90，中 60–<80，差 <60",
        "  - 履职效能 50 / 管理效率 50 的划分及其下各项权重",
        "  [1] 1, 1.1, 1.2, 2, 2.1, 2.1.1, 2.1.2, 2.1.3, 2.2, 2.3, 2.4, 2.5, 2.6: "
            + "权重为推定：未找到广州市2021年度官方评分表");
    // "三公经费"控制率: 5 points, ≤ 100 %, 1 point off per percentage point over (the rulebook's
    // threshold rule, standard 100, step 1), counted proportionally below a whole point
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l.split(" {2,}")).containsExactly(
        "2.1.2", "\"三公经费\"控制率", "5", "目标值 ≤ 100%；≤100% → 5；每超 1 个百分点扣 1（不足 1 个"
            + "百分点的按比例扣），扣完为止；实际值按计算公式 three-public-control 计算 [1]"));
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l.split(" {2,}")).containsExactly(
        "2.2", "采购管理", "6", "按发现问题逐项扣分，扣完为止 [1]"));
    assertThat(run.out()).contains("权重划分参数 duty-management（履职效能 / 管理效率）：1、2；"
        + "50 / 50 为推定");
  }

  @Test
  void aFileIsShownWithAUserRuleNamedAsNotRegisteredAndTheJsonCarriesTheWords()
      throws IOException {
    Path file = Path.of("..", "examples", "custom-rule", "rulebook.json");
    Cli.Run run = Cli.run("rulebook", "show", file.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("评分方法“stated-figure-rate”（未注册），参数：figure = "
        + "problems-solved-rate");
    JsonNode json = new ObjectMapper().readTree(Cli.run("rulebook", "show", "--json", "--lang",
        "en", "mof-project-2020").out());
    assertThat(json.path("provenance").path("documentNumber").asText()).isEqualTo("财预〔2020〕10号");
    JsonNode execution = json.path("indicators").get(0);
    assertThat(execution.path("code").asText()).isEqualTo("1");
    assertThat(execution.path("weight").asInt()).isEqualTo(10);
    assertThat(execution.path("ruleType").asText()).isEqualTo("proportional");
    assertThat(execution.path("rule").asText()).isEqualTo("points = 10 × actual ÷ 100, at most 10");
  }

  @Test
  void anUnknownIdIsRefusedListingTheCatalogue() {
    Cli.Run run = Cli.run("rulebook", "show", "gz-dept-2020");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("gz-dept-2020: 既不是目录中的评分办法，也不是文件；目录中有：")
        .contains("gz-dept-2021");
  }
}
