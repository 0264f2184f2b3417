package io.github.jixiao.report.extract;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One value among several matches (取值): a report may state a single value — the full-year
 * budget, the self-score — more than once. The match its rule is surest of, the first in the
 * report among equals, is taken; another that says the same is kept as an item of its own, and
 * one that says something else is noted, with both paragraphs, for the person who confirms the
 * draft (自评报告数据前后不一致 is itself what a reviewer looks for). Another rule's match of the
 * same words is the same statement, and is not kept again.
 */
final class Picks {

  private Picks() {}

  /**
   * The value of the surest of {@code matches}, the others kept beside it as items without a
   * place and the ones that differ noted.
   */
  static <T> Optional<Match> pick(Draft draft, List<Match> matches, String item,
      Function<Match, Optional<T>> value) {
    List<Match> readable = matches.stream().filter(m -> value.apply(m).isPresent()).toList();
    Optional<Match> kept = Draft.best(readable, m -> Source.of(m, item));
    if (kept.isEmpty()) {
      return kept;
    }
    T chosen = value.apply(kept.get()).orElseThrow();
    for (Match other : readable) {
      if (other == kept.get() || other.overlaps(kept.get())) {
        continue;
      }
      draft.unplaced(Source.of(other, item));
      if (!Objects.equals(value.apply(other).orElseThrow(), chosen)) {
        draft.note(Message.of("report.extract.note.conflict", Items.named(item),
            Argument.number("paragraph", other.sentence().paragraph().index()),
            Argument.text("written", Echo.text(other.written())),
            Argument.number("kept", kept.get().sentence().paragraph().index()),
            Argument.text("keptWritten", Echo.text(kept.get().written()))));
      }
    }
    return kept;
  }

  /** The matches of rules of item {@code item} among {@code matches}. */
  static List<Match> of(List<Match> matches, String item) {
    return matches.stream().filter(m -> m.rule().item().equals(item)).toList();
  }
}
