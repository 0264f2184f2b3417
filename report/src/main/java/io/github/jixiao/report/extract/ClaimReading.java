package io.github.jixiao.report.extract;

import io.github.jixiao.core.NarrativeClaim;
import java.util.ArrayList;
import java.util.List;

/**
 * The narrative's claims read (结论性表述): "均达到了年初设定的各项绩效目标" and "全面完成绩效目标任务"
 * claim every target met, "全面完成各项目标任务" every task done — each with the words as printed
 * as its quote and the section it stands in. A claim denied (未能全面完成…) is not one: the rules'
 * patterns look behind the words for the denial. Two rules that match the same words make one
 * claim, the first rule's.
 */
final class ClaimReading {

  private ClaimReading() {}

  static void read(Draft draft, List<Match> matches) {
    List<Match> accepted = new ArrayList<>();
    for (Match m : Picks.of(matches, "claim")) {
      if (accepted.stream().noneMatch(m::overlaps)) {
        accepted.add(m);
        draft.found("claim");
        NarrativeClaim.Builder claim = NarrativeClaim.builder().kind(m.rule().claim().orElseThrow())
            .quote(m.written().strip());
        m.sentence().section().title().ifPresent(claim::section);
        draft.add(draft.claims, new Draft.Listed<>(claim.build(), Source.of(m, "claim")));
      }
    }
  }
}
