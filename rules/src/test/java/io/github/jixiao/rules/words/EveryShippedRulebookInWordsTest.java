package io.github.jixiao.rules.words;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.internal.Joined;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every shipped rulebook, and a long band table, render in words to the end, in both languages. */
class EveryShippedRulebookInWordsTest {

  private static List<Message> said(RulebookDescription d) {
    List<Message> all = new ArrayList<>(List.of(d.getKindWords(), d.getYearsWords(),
        d.getRegionWords(), d.getGradeScale(), d.getProvenance().getStatusWords()));
    all.addAll(d.getSettings());
    all.addAll(d.getDefaultRules());
    all.addAll(d.getSplits());
    for (IndicatorWords i : d.getIndicators()) {
      all.add(i.getWeightWords());
      i.getTargetWords().ifPresent(all::add);
      i.getRule().ifPresent(r -> all.add(r.getWords()));
      all.addAll(i.getNotes());
    }
    return all;
  }

  @Test
  void noShippedRulebookLeavesAKeyUnrendered() {
    for (Rulebook book : Rulebooks.all()) {
      for (Message m : said(RulebookWords.standard().describe(book))) {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
          assertThat(m.render(locale)).as(book.getId()).doesNotContain("rules.", "label.");
        }
      }
    }
  }

  @Test
  void yueyangsNineAdjustmentBandsAreAllSaid() {
    RulebookDescription yy = RulebookWords.standard().describe(Rulebooks.byId("yy-dept")
        .orElseThrow());
    String words = yy.getIndicators().stream().filter(i -> i.getName().equals("预算调整率"))
        .findFirst().orElseThrow().getRule().orElseThrow().getWords()
        .render(Locale.SIMPLIFIED_CHINESE);
    // =0 → 3, (0, 10] → 2, (10, 20] → 1, (20, 30] → 0.5, > 30 → 0, and a cut by its size
    assertThat(words).contains("(0, 10] → 2", "(10, 20] → 1", "(20, 30] → 0.5", "[-30, -20) → 0.5");
  }

  @Test
  void aJoinOfThreeHundredItemsRendersEveryOneInOrder() {
    List<Message> items = IntStream.range(0, 300)
        .mapToObj(i -> Message.of("rules.region.named", io.github.jixiao.core.message.Argument
            .text("name", "b" + i))).toList();
    String said = Joined.of(Joined.COMMA, items).render(Locale.ENGLISH);
    assertThat(said.split(", ")).hasSize(300).startsWith("b0", "b1").endsWith("b298", "b299");
  }
}
