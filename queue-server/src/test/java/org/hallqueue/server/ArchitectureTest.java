package org.hallqueue.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The queue rules stay plain Java; modules depend on each other only as ARCHITECTURE.md draws. */
@AnalyzeClasses(packages = "org.hallqueue", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule queueDomainIsPlainJava =
      noClasses()
          .that()
          .resideInAPackage("org.hallqueue.server.queue..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "jakarta..",
              "java.sql..",
              "javax.sql..",
              "java.net..",
              "java.io..",
              "java.nio..",
              "tools.jackson..",
              "com.fasterxml..",
              "javafx..",
              "com.fazecast..")
          .because("the queue rules are shared with the simulator and tested without I/O");

  @ArchTest
  static final ArchRule queueDomainKnowsNothingOfTheApplication =
      noClasses()
          .that()
          .resideInAPackage("org.hallqueue.server.queue..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.hallqueue.server")
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.hallqueue.server.tickets..",
              "org.hallqueue.server.counters..",
              "org.hallqueue.server.events..",
              "org.hallqueue.server.persistence..",
              "org.hallqueue.server.web..");

  @ArchTest
  static final ArchRule librariesDoNotDependOnTheApps =
      noClasses()
          .that()
          .resideInAnyPackage("org.hallqueue.floorplans..", "org.hallqueue.printer..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.hallqueue.server..", "org.hallqueue.kiosk..", "org.springframework..");

  @ArchTest
  static final ArchRule floorplansDoesNotDependOnThePrinter =
      noClasses()
          .that()
          .resideInAPackage("org.hallqueue.floorplans..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.hallqueue.printer..");

  @ArchTest
  static final ArchRule serverFeaturesFormNoCycle =
      slices()
          .matching("org.hallqueue.server.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a feature package builds only on those below it, never back up");

  @ArchTest
  static final ArchRule featuresDoNotReachUpToTheApplication =
      noClasses()
          .that()
          .resideInAPackage("org.hallqueue.server.*..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.hallqueue.server")
          .because("the application package wires the features; they never depend on it");
}
