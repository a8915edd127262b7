package org.hallqueue.server.simulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The simulator is plain Java on the queue domain: no framework, no I/O, no copy of the rules. */
@AnalyzeClasses(
    packages = "org.hallqueue.server.simulation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SimulationBoundaryTest {

  @ArchTest
  static final ArchRule simulationUsesOnlyTheJdkCoreAndTheQueueDomain =
      classes()
          .that()
          .resideInAPackage("org.hallqueue.server.simulation..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java.lang..",
              "java.util..",
              "java.time..",
              "org.hallqueue.server.queue..",
              "org.hallqueue.server.simulation..")
          .because("the simulator runs the live queue's own classes and does no I/O");
}
