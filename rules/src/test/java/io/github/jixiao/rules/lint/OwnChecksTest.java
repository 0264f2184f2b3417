package io.github.jixiao.rules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A bureau's own checks run after the standard ones; one that throws is named, not trusted. */
class OwnChecksTest {

  private static final Rulebook CLEAN = LintBooks.leaf("重点支出安排率", "5",
      LintBooks.yueyangKeySpending());

  private static final LintCheck DESCRIBED = (book, scorer, problems) -> {
    for (int i = 0; i < book.getIndicators().size(); i++) {
      if (book.getIndicators().get(i).getDescription().isEmpty()) {
        problems.accept(new LintProblem("BUREAU-1", Severity.WARNING,
            "$.indicators[" + i + "].description", Message.custom("bureau.no-criteria", "未写明评分标准",
            "no scoring criteria written")));
      }
    }
  };

  @Test
  void anOwnCheckReportsWithItsOwnCode() {
    List<LintProblem> problems = RulebookLint.standard().with("described", DESCRIBED)
        .check(CLEAN);

    assertThat(problems).extracting(LintProblem::code, LintProblem::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("BUREAU-1", "$.indicators[0].description"),
        org.assertj.core.groups.Tuple.tuple("BUREAU-1", "$.indicators[1].description"),
        org.assertj.core.groups.Tuple.tuple("BUREAU-1", "$.indicators[2].description"));
    assertThat(RulebookLint.hasErrors(problems)).isFalse();
  }

  @Test
  void anOwnCheckThatThrowsBecomesOneErrorNamingIt() {
    RulebookLint lint = RulebookLint.standard().with("broken", (book, scorer, problems) -> {
      problems.accept(new LintProblem("BUREAU-2", Severity.ERROR, "$", Message.custom("bureau.x", "甲", "x")));
      throw new IllegalStateException("no");
    });

    assertThat(lint.check(CLEAN)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("JXR-000");
      assertThat(p.message(Locale.ENGLISH)).startsWith("the rulebook check 'broken' (")
          .endsWith("failed (java.lang.IllegalStateException); its problems are not listed");
    });
    assertThat(lint.ownChecks()).containsExactly("broken");
  }

  @Test
  void aNameIsTakenOnce() {
    RulebookLint lint = RulebookLint.standard().with("described", DESCRIBED);
    assertThatThrownBy(() -> lint.with("described", DESCRIBED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rulebook check named 'described' is already added");
  }
}
