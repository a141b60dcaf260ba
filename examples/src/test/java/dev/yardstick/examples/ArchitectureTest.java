package dev.yardstick.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package rules of DESIGN.md, checked on the compiled main classes of every
 * published module.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.yardstick");
  }

  @Test
  void core_dependsOnNoSiblingModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.yardstick.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.yardstick.indicators..",
            "dev.yardstick.risk..",
            "dev.yardstick.testkit..",
            "dev.yardstick.spark..",
            "dev.yardstick.examples..")
        .check(classes);
  }

  @Test
  void indicators_dependOnlyOnCore() {
    noClasses()
        .that()
        .resideInAPackage("dev.yardstick.indicators..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.yardstick.risk..",
            "dev.yardstick.testkit..",
            "dev.yardstick.spark..",
            "dev.yardstick.examples..")
        .check(classes);
  }

  @Test
  void risk_doesNotDependOnTestkitOrExamples() {
    noClasses()
        .that()
        .resideInAPackage("dev.yardstick.risk..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.yardstick.testkit..", "dev.yardstick.spark..", "dev.yardstick.examples..")
        .check(classes);
  }

  @Test
  void noModuleReachesIntoAnotherModulesInternals_exceptTheStyleAnnotation() {
    for (String module : new String[] {"core", "indicators", "risk", "testkit", "spark"}) {
      String root = "dev.yardstick." + module;
      noClasses()
          .that()
          .resideOutsideOfPackage(root + "..")
          .should()
          .dependOnClassesThat(
              DescribedPredicate.describe(
                  "reside in " + root + ".internal (other than the Immutables style)",
                  (JavaClass c) ->
                      c.getPackageName().startsWith(root + ".internal")
                          && !c.getName().equals("dev.yardstick.core.internal.YardstickStyle")))
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void examples_useOnlyPublicApi() {
    noClasses()
        .that()
        .resideInAPackage("dev.yardstick.examples..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..internal..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void packages_areFreeOfCycles() {
    slices().matching("dev.yardstick.(**)").should().beFreeOfCycles().check(classes);
  }
}
