package io.github.jixiao.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The two boundary rules every module's ArchitectureTest applies to its own classes. */
final class Boundaries {

  private Boundaries() {}

  /** Every package is a slice; no slice depends, however indirectly, on itself. */
  static ArchRule noCycles() {
    return slices().matching("io.github.jixiao.(**)").namingSlices("$1")
        .should().beFreeOfCycles();
  }

  /** Nothing of the module under {@code root} depends on an {@code internal} package outside it. */
  static ArchRule noForeignInternals(String root) {
    return noClasses().should().dependOnClassesThat(resideInAPackage("io.github.jixiao..internal..")
        .and(not(resideInAPackage(root + ".."))))
        .because("a module's internal packages are not an API (DESIGN.md, 'Boundaries')");
  }
}
