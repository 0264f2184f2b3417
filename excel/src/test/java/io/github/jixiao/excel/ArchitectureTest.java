package io.github.jixiao.excel;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.jixiao.excel.read.ExcelTables;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of jixiao-excel (Excel 读写的包结构约束): no package cycle — the values of
 * an import in {@code excel}, the importer in {@code excel.read}, the layouts in {@code
 * excel.layout}, the writers in {@code excel.write}, the safe opening in {@code excel.internal} —
 * no use of another module's {@code internal} packages, and the shared values depending on none
 * of the module's other packages. The rules are core's ArchitectureTest's, where they are also
 * shown to fail on a planted cycle and a planted leak.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.jixiao.excel");

  @Test
  void packagesHaveNoCycle() {
    assertThat(CLASSES.contain(ExcelTables.class)).isTrue();
    slices().matching("io.github.jixiao.(**)").namingSlices("$1").should().beFreeOfCycles()
        .check(CLASSES);
  }

  @Test
  void usesNoOtherModulesInternals() {
    noClasses().should().dependOnClassesThat(resideInAPackage("io.github.jixiao..internal..")
        .and(not(resideInAPackage("io.github.jixiao.excel..")))).check(CLASSES);
  }

  @Test
  void theSharedValuesDependOnNoOtherPackageOfTheModule() {
    noClasses().that().resideInAPackage("io.github.jixiao.excel").should()
        .dependOnClassesThat(resideInAPackage("io.github.jixiao.excel.(*)..")).check(CLASSES);
  }
}
