package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JX-608, the reviewers' standard 4 (lifecycle.md §4): a satisfaction leaf (满意度: its name or a
 * group's) that claims points while nothing the unit wrote names a survey behind it scores 0 —
 * "未收到投诉 = 100 %满意" does not count. Looked for in the indicator's name and 数据来源, the
 * entry's 佐证材料, 完成情况 and actual as written: a word of a survey ({@link #SURVEY}) clears
 * it; a word of "no complaints" ({@link #NO_COMPLAINTS}) without one is named in the message.
 * Path {@code $.entries[i].evidence}; expected 0 points, actual the claim.
 */
final class SatisfactionWithoutSurveyCheck extends EntryCheck {

  /** Words that name a survey or a sample of respondents. */
  static final List<String> SURVEY = List.of("问卷", "调查", "调研", "测评", "抽样", "样本", "受访",
      "访谈", "座谈", "回访", "评议");

  /** Words that put the absence of complaints in a survey's place. */
  static final List<String> NO_COMPLAINTS = List.of("未收到投诉", "未接到投诉", "无投诉", "零投诉",
      "没有投诉", "未发生投诉", "无不满");

  SatisfactionWithoutSurveyCheck() {
    super(CheckCode.SATISFACTION_WITHOUT_SURVEY);
  }

  @Override
  Optional<Finding> check(CheckContext context, String at, IndicatorEntry entry,
      Indicator indicator) {
    Optional<BigDecimal> claimed = context.netClaim(entry.getIndicatorCode());
    if (claimed.isEmpty() || claimed.get().signum() <= 0
        || !Groups.under(context, indicator, "满意")) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>(entry.getEvidence());
    texts.add(indicator.getName());
    indicator.getDataSource().ifPresent(texts::add);
    entry.getCompletion().ifPresent(texts::add);
    entry.getActualText().ifPresent(texts::add);
    entry.getActualWritten().ifPresent(texts::add);
    if (texts.stream().anyMatch(t -> SURVEY.stream().anyMatch(t::contains))) {
      return Optional.empty();
    }
    Optional<String> complaints = NO_COMPLAINTS.stream()
        .filter(w -> texts.stream().anyMatch(t -> t.contains(w))).findFirst();
    Message message = complaints.isPresent()
        ? Message.of("check.satisfaction-without-survey.complaints", code(indicator),
            name(indicator), number("claimed", claimed.get()), text("word", complaints.get()))
        : Message.of("check.satisfaction-without-survey", code(indicator), name(indicator),
            number("claimed", claimed.get()));
    return Optional.of(finding(at + ".evidence").expected("0").actual(plain(claimed.get()))
        .message(message).build());
  }
}
