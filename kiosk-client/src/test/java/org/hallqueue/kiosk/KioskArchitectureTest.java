package org.hallqueue.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The kiosk's packages depend on each other in one direction only, and its view-models know nothing
 * of the screen, so that they can be tested without one.
 */
@AnalyzeClasses(
    packages = "org.hallqueue.kiosk",
    importOptions = ImportOption.DoNotIncludeTests.class)
class KioskArchitectureTest {

  @ArchTest
  static final ArchRule shouldHaveNoCycleAmongTheKioskPackages =
      slices().matching("org.hallqueue.kiosk.(*)..").should().beFreeOfCycles();

  /** The same, with the top package (launcher and wiring) counted as a package of its own. */
  @ArchTest
  static final ArchRule shouldHaveNoCycleThroughTheTopPackage =
      slices().assignedFrom(topPackageAsASlice()).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule shouldKeepViewModelsFreeOfViews =
      noClasses()
          .that()
          .resideInAPackage("org.hallqueue.kiosk.flow..")
          .or()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.hallqueue.kiosk.view..", "javafx.scene..", "javafx.stage..")
          .because("view-models hold state and commands and are tested without a screen");

  @ArchTest
  static final ArchRule shouldKeepTheServerClientFreeOfTheScreen =
      noClasses()
          .that()
          .resideInAPackage("org.hallqueue.kiosk.server..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.hallqueue.kiosk.flow..", "org.hallqueue.kiosk.view..", "javafx..");

  private static SliceAssignment topPackageAsASlice() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String name = c.getPackageName();
        if (name.equals("org.hallqueue.kiosk")) {
          return SliceIdentifier.of("(top)");
        }
        if (name.startsWith("org.hallqueue.kiosk.")) {
          return SliceIdentifier.of(
              name.substring("org.hallqueue.kiosk.".length()).split("\\.")[0]);
        }
        return SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "org.hallqueue.kiosk and each of its packages";
      }
    };
  }
}
