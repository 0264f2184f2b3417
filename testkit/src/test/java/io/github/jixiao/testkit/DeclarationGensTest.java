package io.github.jixiao.testkit;

import static io.github.jixiao.testkit.quicktheories.QuickTheoriesGens.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.core.TargetDeclaration;
import io.github.jixiao.rules.declaration.StageFinding;
import io.github.jixiao.rules.declaration.StageLinks;
import io.github.jixiao.rules.declaration.TargetReview;
import io.github.jixiao.rules.result.CheckReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The testkit's target declarations (绩效目标申报表): a self-evaluation against the declaration it
 * answers to the letter has no link finding; a changed target has exactly one; the target review
 * runs on any of them and its findings make a valid report.
 */
class DeclarationGensTest {

  @Test
  void anEvaluationAgainstTheDeclarationItAnswersHasNoLinkFinding() {
    qt().withExamples(100).forAll(of(TargetDeclarations.declared())).checkAssert(d ->
        assertThat(StageLinks.check(d.evaluation(), d.declaration())).isEmpty());
  }

  @Test
  void theReviewRunsOnEveryDeclarationAndItsFindingsMakeAValidReport() {
    qt().withExamples(100).forAll(of(JixiaoGens.targetDeclarations())).checkAssert(d -> {
      List<StageFinding> found = TargetReview.review(d);
      CheckReport report = StageFinding.report(found);
      assertThat(report.getFindings()).hasSameSizeAs(found);
      assertThat(found).allSatisfy(f -> assertThat(f.code()).matches("JX-95[1-9]"));
    });
  }

  @Test
  void aDeclaredTargetChangedByOneIsOneFinding() {
    qt().withExamples(100).forAll(of(TargetDeclarations.declared())).checkAssert(d -> {
      TargetDeclaration declaration = d.declaration();
      // the first leaf with a number for its target, raised by 1
      var leaf = d.evaluation().getIndicators().stream()
          .filter(i -> i.getTarget().isPresent() && i.getFormula().isEmpty()
              && d.evaluation().getIndicators().stream()
                  .noneMatch(c -> c.getParentCode().equals(java.util.Optional.of(i.getCode())))
              && d.evaluation().getIndicators().stream()
                  .filter(o -> o.getName().equals(i.getName())).count() == 1)
          .findFirst();
      if (leaf.isEmpty()) {
        return;
      }
      var changed = d.evaluation().withIndicators(d.evaluation().getIndicators().stream()
          .map(i -> i == leaf.get() ? i.withTarget(i.getTarget().get().add(java.math.BigDecimal.ONE))
              : i).toList());
      assertThat(StageLinks.check(changed, declaration)).extracting(StageFinding::code)
          .containsExactly("JX-961");
    });
  }
}
