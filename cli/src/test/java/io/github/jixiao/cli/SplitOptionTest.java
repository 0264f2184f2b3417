package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code --split}: a weight split the rulebook leaves as a parameter, set on the command line; and
 * what a card says of a rulebook not wholly confirmed, wherever it is printed.
 */
class SplitOptionTest {

  @Test
  void guangzhouAtSixtyFortyScoresTheSeedByHand() {
    Cli.Run run = Cli.run("score", "--split", "duty-management=60,40", Cli.BAIYUN.toString());
    // 1.1 30 (× 1.2) + 1.2 24 (达成, 80 % of 30) + 2.1.1 8 × 97.16 % = 7.77 + 2.1.2 0 + 2.1.3 4
    // + 5 × 4.8 (× 0.8) = 89.77 of 30 + 30 + 8 + 4 + 4 + 5 × 4.8 = 100.0
    assertThat(run.out()).contains("总分 89.77 / 100.0 ");
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l.split(" {2,}")).startsWith(
        "2.2", "采购管理", "4.8", "4.80"));
    // The user's weights are not passed off as the rulebook's: every changed row says so.
    assertThat(run.out()).contains("权重划分参数 duty-management（履职效能 / 管理效率）由使用者设为 "
        + "60、40（规则表为 50、50），其下各项按同一比例缩放");
  }

  @Test
  void theNoticeOfARulebookNotWhollyConfirmedIsOnTheJsonCardAndTheRenderedTable() {
    Cli.Run json = Cli.run("score", "--json", Cli.BAIYUN.toString());
    assertThat(json.outLines().get(0)).contains("\"rulebookStatus\": \"RECONSTRUCTED\"",
        "\"rulebookNotice\": \"官方评分表未找到，各项分值均为假设\"");
    Cli.Run table = Cli.run("render", Cli.BAIYUN.toString());
    assertThat(table.outLines()).contains("> 推定的评分办法：官方评分表未找到，各项分值均为假设（见下方“假设”）");
    Cli.Run html = Cli.run("render", "--format", "html", Cli.BAIYUN.toString());
    assertThat(html.out()).contains("<p>推定的评分办法：官方评分表未找到，各项分值均为假设");
  }

  @Test
  void weightsThatAreNotDecimalsOrASplitTheRulebookLacksAreRefused() {
    Cli.Run bad = Cli.run("score", "--split", "duty-management=60,x", Cli.BAIYUN.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--split duty-management=60,x: 请以逗号分隔的小数写出分值，"
        + "如 duty-management=60,40");
    Cli.Run none = Cli.run("score", "--rulebook", "mof-dept-2013", "--split",
        "duty-management=60,40", Cli.BAIYUN.toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("--split 无法用于评分办法 mof-dept-2013：该规则表没有作为参数的"
        + "权重划分，无法设定“duty-management”");
    Cli.Run sum = Cli.run("score", "--split", "duty-management=60,30", Cli.BAIYUN.toString());
    assertThat(sum.err()).contains("请为权重划分参数“duty-management”给出 2 个分值，各大于 0、至多两位小数，"
        + "合计 100");
  }
}
