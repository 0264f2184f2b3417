package io.github.jixiao.testkit;

import io.github.jixiao.core.DeclaredIndicator;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.TargetDeclaration;

/**
 * Target declarations (绩效目标申报表) made from a self-evaluation, as if it answered them to the
 * letter: the same unit, year and kind, its table's rows declared with their targets, units and
 * weights, and its full-year budget as the money requested. The self-evaluation against it has
 * no link finding (JX-961 to JX-963), which {@code DeclarationGensTest} holds.
 */
final class TargetDeclarations {

  private TargetDeclarations() {}

  /** The declaration {@code evaluation} answers exactly. */
  static TargetDeclaration of(SelfEvaluation evaluation) {
    TargetDeclaration.Builder d = TargetDeclaration.builder().kind(evaluation.getKind())
        .department(evaluation.getDepartment()).fiscalYear(evaluation.getFiscalYear())
        .unit(evaluation.getBudget().getUnit()).requested(evaluation.getBudget().getFullYear());
    evaluation.getTitle().ifPresent(d::title);
    for (Indicator i : evaluation.getIndicators()) {
      DeclaredIndicator.Builder row = DeclaredIndicator.builder().code(i.getCode())
          .name(i.getName()).level(i.getLevel()).kind(i.getKind()).weight(i.getWeight());
      i.getParentCode().ifPresent(row::parentCode);
      i.getDirection().ifPresent(row::direction);
      i.getTarget().ifPresent(row::target);
      i.getTargetWritten().ifPresent(row::targetWritten);
      i.getTargetText().ifPresent(row::targetText);
      i.getUnit().ifPresent(row::unit);
      d.addIndicators(row.build());
    }
    return d.build();
  }

  /** Declarations of generated project self-evaluations, each with the evaluation it is of. */
  static Gen<Declared> declared() {
    return JixiaoGens.selfEvaluations().map(e -> e.withKind(EvaluationKind.PROJECT))
        .map(e -> new Declared(of(e), e));
  }

  /**
   * A declaration and the self-evaluation that answers it (申报与自评).
   *
   * @param declaration the target declaration
   * @param evaluation the self-evaluation made against it
   */
  record Declared(TargetDeclaration declaration, SelfEvaluation evaluation) {}
}
