package io.github.jixiao.report;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.jixiao.report.extract.ReportDrafts;
import io.github.jixiao.report.outline.Outline;
import io.github.jixiao.report.read.ReportFiles;
import org.junit.jupiter.api.Test;

/**
 * The package boundaries of jixiao-report (报告读取的包结构约束): no package cycle — the values of a
 * report's text in {@code report}, the reader in {@code report.read}, the outline in {@code
 * report.outline}, the extraction in {@code report.extract}, what they share in {@code
 * report.internal} — no use of another module's {@code internal} packages, and the shared values
 * depending on none of the module's other packages. The rules are core's ArchitectureTest's,
 * where they are also shown to fail on a planted cycle and a planted leak.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.jixiao.report");

  @Test
  void packagesHaveNoCycle() {
    assertThat(CLASSES.contain(ReportDrafts.class) && CLASSES.contain(ReportFiles.class)
        && CLASSES.contain(Outline.class)).isTrue();
    slices().matching("io.github.jixiao.(**)").namingSlices("$1").should().beFreeOfCycles()
        .check(CLASSES);
  }

  @Test
  void usesNoOtherModulesInternals() {
    noClasses().should().dependOnClassesThat(resideInAPackage("io.github.jixiao..internal..")
        .and(not(resideInAPackage("io.github.jixiao.report..")))).check(CLASSES);
  }

  @Test
  void theSharedValuesDependOnNoOtherPackageOfTheModule() {
    noClasses().that().resideInAPackage("io.github.jixiao.report").should()
        .dependOnClassesThat(resideInAPackage("io.github.jixiao.report.(*)..")).check(CLASSES);
  }

  @Test
  void theInternalsDependOnNoApiPackageButTheValuesAndTheOutlineOnNeitherReaderNorExtraction() {
    noClasses().that().resideInAPackage("io.github.jixiao.report.internal..").should()
        .dependOnClassesThat(resideInAPackage("io.github.jixiao.report.read..")
            .or(resideInAPackage("io.github.jixiao.report.outline.."))
            .or(resideInAPackage("io.github.jixiao.report.extract.."))).check(CLASSES);
    noClasses().that().resideInAPackage("io.github.jixiao.report.outline..").should()
        .dependOnClassesThat(resideInAPackage("io.github.jixiao.report.read..")
            .or(resideInAPackage("io.github.jixiao.report.extract.."))).check(CLASSES);
  }
}
