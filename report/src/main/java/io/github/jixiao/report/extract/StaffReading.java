package io.github.jixiao.report.extract;

import io.github.jixiao.core.Staffing;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The unit's staffing read (人员编制): 编制数 (核定编制 30 名) and 实有人数 (实有人数 28 人). The domain
 * holds the two together (the inputs of 在职人员控制率); a report that states one of them has its
 * figure kept as an item, not in the evaluation, and noted.
 */
final class StaffReading {

  private StaffReading() {}

  static void read(Draft draft, List<Match> matches) {
    Optional<Match> posts = pick(draft, matches, "staffing.authorisedPosts");
    Optional<Match> inPost = pick(draft, matches, "staffing.staffInPost");
    if (posts.isPresent() && inPost.isPresent()) {
      List<Draft.Placed> sources = new ArrayList<>();
      sources.add(new Draft.Placed(Source.of(posts.get(), "staffing.authorisedPosts"),
          "$.department.staffing.authorisedPosts"));
      sources.add(new Draft.Placed(Source.of(inPost.get(), "staffing.staffInPost"),
          "$.department.staffing.staffInPost"));
      draft.staffing = Optional.of(new Draft.Single<>(Staffing.builder()
          .authorisedPosts(count(posts.get())).staffInPost(count(inPost.get())).build(),
          sources));
      return;
    }
    posts.or(() -> inPost).ifPresent(m -> {
      draft.unplaced(Source.of(m, m.rule().item()));
      draft.note(Message.of("report.extract.note.staffing-half",
          Argument.text("written", m.written().strip())));
    });
  }

  private static Optional<Match> pick(Draft draft, List<Match> matches, String item) {
    Optional<Match> m = Picks.pick(draft, Picks.of(matches, item), item,
        x -> x.group("count").flatMap(Numbers::count));
    m.ifPresent(x -> draft.found(item));
    return m;
  }

  private static int count(Match m) {
    return m.group("count").flatMap(Numbers::count).orElseThrow();
  }
}
