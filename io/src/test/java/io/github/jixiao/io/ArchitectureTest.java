package io.github.jixiao.io;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of jixiao-io (文件读写的包结构约束): no package cycle, and no use of
 * another module's {@code internal} packages. The rules are core's ArchitectureTest's, where they
 * are also shown to fail on a planted cycle and a planted leak.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.jixiao.io");

  @Test
  void packagesHaveNoCycle() {
    assertThat(CLASSES.contain(JixiaoJson.class)).isTrue();
    slices().matching("io.github.jixiao.(**)").namingSlices("$1").should().beFreeOfCycles()
        .check(CLASSES);
  }

  @Test
  void usesNoOtherModulesInternals() {
    noClasses().should().dependOnClassesThat(resideInAPackage("io.github.jixiao..internal..")
        .and(not(resideInAPackage("io.github.jixiao.io..")))).check(CLASSES);
  }
}
