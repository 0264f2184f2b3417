package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.testkit.JixiaoGens;
import io.github.jixiao.testkit.RandomSource;
import io.github.jixiao.testkit.RulebookGens;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao summary} over 1 000 generated evaluations (seed 19, each under the rulebook of
 * its own table, named by the document): the page's chart data against the batch — the claimed
 * grades counted from the documents themselves, the computed ones from scoring each — and a card
 * for every unit.
 */
class SummaryOfAThousandCliTest {

  private static final int UNITS = 1000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void thePageOfAThousandUnitsDrawsTheBatchAndLinksEveryCard() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Path books = Files.createDirectory(dir.resolve("books"));
    JixiaoJson json = JixiaoJson.standard();
    RandomSource source = RandomSource.seeded(19);
    Map<Grade, Integer> claimed = new EnumMap<>(Grade.class);
    Map<Grade, Integer> computed = new EnumMap<>(Grade.class);
    int noClaimedGrade = 0;
    int noComputedGrade = 0;
    int both = 0;
    BigDecimal most = null;
    for (int i = 1; i <= UNITS; i++) {
      SelfEvaluation e = JixiaoGens.selfEvaluations().generate(source);
      String id = String.format("gen-%04d", i);
      Rulebook book = RulebookGens.tableAsRulebook(e.getIndicators()).withId(id);
      json.write(DocumentType.RULEBOOK, book, books.resolve(id + ".json"));
      json.write(DocumentType.SELF_EVALUATION, e.withRulebook(id),
          in.resolve(String.format("e%04d.json", i)));
      if (e.getClaimedGrade().isPresent()) {
        claimed.merge(e.getClaimedGrade().get(), 1, Integer::sum);
      } else {
        noClaimedGrade++;
      }
      ScoreCard card = Scorer.standard().score(e, book);
      if (card.getGrade().isPresent()) {
        computed.merge(card.getGrade().get(), 1, Integer::sum);
      } else {
        noComputedGrade++;
      }
      if (e.getClaimedTotal().isPresent() && card.getTotal().isPresent()) {
        both++;
        BigDecimal inflation = e.getClaimedTotal().get().subtract(card.getTotal().get());
        most = most == null ? inflation : most.max(inflation);
      }
    }
    Path page = dir.resolve("year.html");

    Cli.Run run = Cli.run("summary", in.toString(), "--rulebooks", books.toString(), "-o",
        page.toString(), "--lang", "en");

    assertThat(run.exit()).as(run.err()).isZero();
    Document html = Jsoup.parse(page.toFile(), "UTF-8");
    JsonNode grades = JSON.readTree(html.getElementById("chart-grades-option").data());
    Grade[] order = {Grade.EXCELLENT, Grade.GOOD, Grade.FAIR, Grade.POOR};
    for (int g = 0; g < order.length; g++) {
      assertThat(grades.at("/series/0/data/" + g).intValue()).as("claimed %s", order[g])
          .isEqualTo(claimed.getOrDefault(order[g], 0));
      assertThat(grades.at("/series/1/data/" + g).intValue()).as("computed %s", order[g])
          .isEqualTo(computed.getOrDefault(order[g], 0));
    }
    assertThat(grades.at("/series/0/data/4").intValue()).isEqualTo(noClaimedGrade);
    assertThat(grades.at("/series/1/data/4").intValue()).isEqualTo(noComputedGrade);
    JsonNode scatter = JSON.readTree(html.getElementById("chart-scatter-option").data());
    assertThat(scatter.at("/series/0/data")).hasSize(both);
    assertThat(html.select("table#ranking tbody tr").get(0).child(6).text())
        .isEqualTo(most.toPlainString());
    assertThat(html.select("table#units tbody tr")).hasSize(UNITS);
    assertThat(html.select("table#units tbody tr a[href]")).hasSize(UNITS);
    try (Stream<Path> cards = Files.list(dir.resolve("year-cards"))) {
      assertThat(cards.count()).isEqualTo(UNITS);
    }
    assertThat(run.outLines()).contains(page + ": summary written, evaluations: 1000");
  }
}
