package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of jixiao-core (包结构约束): no package cycle, and no use of another
 * module's {@code internal} packages. The same two rules hold in every module ({@link Boundaries});
 * here they are also shown to fail on a planted cycle and a planted leak, so a green build means
 * they looked.
 */
class ArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.jixiao.core");

  @Test
  void corePackagesHaveNoCycle() {
    assertThat(CORE.contain(Budget.class)).isTrue();
    Boundaries.noCycles().check(CORE);
  }

  @Test
  void coreUsesNoOtherModulesInternals() {
    Boundaries.noForeignInternals("io.github.jixiao.core").check(CORE);
  }

  @Test
  void aPlantedCycleIsCaughtNamingBothPackages() {
    JavaClasses planted = new ClassFileImporter()
        .importPackages("io.github.jixiao.core.archfixture.cycle");
    EvaluationResult result = Boundaries.noCycles().evaluate(planted);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString())
        .contains("archfixture.cycle.a").contains("archfixture.cycle.b");
  }

  @Test
  void aPlantedInternalImportIsCaughtNamingTheClass() {
    JavaClasses planted = new ClassFileImporter()
        .importPackages("io.github.jixiao.core.archfixture.leak");
    ArchRule rule = Boundaries.noForeignInternals("io.github.jixiao.core");
    EvaluationResult result = rule.evaluate(planted);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString())
        .contains("archfixture.leak.Leaky").contains("elsewhere.internal.Hidden");
  }
}
