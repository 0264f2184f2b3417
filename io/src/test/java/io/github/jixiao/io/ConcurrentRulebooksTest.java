package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.lint.LintProblem;
import io.github.jixiao.rules.lint.RulebookLint;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.words.RulebookDescription;
import io.github.jixiao.rules.words.RulebookWords;
import io.github.jixiao.testkit.RulebookGens.Scorable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rulebook's analysis ({@link RulebookLint}, 评分办法检查) and its description in words
 * ({@link RulebookWords}, 评分办法说明) are immutable and thread-safe, as their javadoc says: shared
 * by eight threads, they find the problems and the words each finds alone, for the built-in
 * rulebooks, the custom-rule example's and the testkit's.
 */
class ConcurrentRulebooksTest {

  private static final int ROUNDS = 30;

  @Test
  void oneLintChecksEveryRulebookOnEightThreadsAsItDoesAlone() throws Exception {
    Concurrently<RulebookLint> harness = Concurrently.sharing(RulebookLint::standard,
        problems -> ((List<?>) problems).stream().map(p -> (LintProblem) p)
            .map(p -> p + " | " + p.message(Locale.SIMPLIFIED_CHINESE))
            .collect(Collectors.joining("\n")));
    for (Rulebook book : rulebooks()) {
      harness.work(book.getId(), lint -> lint.check(book));
    }

    harness.assertSameAsAlone(ROUNDS);
  }

  @Test
  void oneDescriberPutsEveryRulebookInWordsOnEightThreadsAsItDoesAlone() throws Exception {
    Concurrently<RulebookWords> harness = Concurrently.sharing(RulebookWords::standard,
        description -> words((RulebookDescription) description));
    for (Rulebook book : rulebooks()) {
      harness.work(book.getId(), words -> words.describe(book));
    }

    harness.assertSameAsAlone(ROUNDS);
  }

  private static List<Rulebook> rulebooks() {
    List<Rulebook> all = new ArrayList<>(Rulebooks.all());
    all.add(ConcurrencyInputs.refused().get(1).rulebook());
    ConcurrencyInputs.scorable().stream().skip(2).map(Scorable::rulebook).forEach(all::add);
    assertThat(all).hasSizeGreaterThan(10);
    return all;
  }

  private static String words(RulebookDescription d) {
    List<Message> messages = Stream.of(List.of(d.getKindWords(), d.getYearsWords(),
        d.getRegionWords(), d.getGradeScale()), d.getSplits(), d.getSettings(),
        d.getDefaultRules()).flatMap(List::stream).toList();
    return d + "\n" + messages.stream().map(m -> m.render(Locale.SIMPLIFIED_CHINESE) + " | "
        + m.render(Locale.ENGLISH)).collect(Collectors.joining("\n"));
  }
}
